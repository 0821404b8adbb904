import { mountApp } from '../../../shared/ui/app';
import { recordingPort } from './recordingPort';

mountApp(document.getElementById('app')!, recordingPort());
