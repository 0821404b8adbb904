import { mountApp } from '../../../shared/ui/app';
import { recordingPort } from './recordingPort';

// The handle is what the Excel ribbon command reports through: a test calls it as the page around the app would.
(window as unknown as { __handle: unknown }).__handle = mountApp(document.getElementById('app')!, recordingPort());
