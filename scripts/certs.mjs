// The https certificate for https://localhost:3000. First choice: office-addin-dev-certs, which installs a development
// CA that Office and browsers trust (on Linux it needs root or sudo and update-ca-certificates). Fallback: a
// self-signed certificate made with the `selfsigned` package and kept in certs/; the user must trust it once.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export async function httpsOptions(root) {
  try {
    const devCerts = await import('office-addin-dev-certs');
    const opts = await Promise.race([
      devCerts.getHttpsServerOptions(30),
      new Promise((_, fail) => setTimeout(() => fail(new Error('timed out')), 60_000)),
    ]);
    return { ...opts, how: 'office-addin-dev-certs (a development CA installed for this user)' };
  } catch (e) {
    const dir = resolve(root, 'certs');
    const keyFile = resolve(dir, 'localhost.key');
    const certFile = resolve(dir, 'localhost.crt');
    if (!existsSync(keyFile) || !existsSync(certFile)) {
      const { generate } = await import('selfsigned');
      const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
        keySize: 2048,
        algorithm: 'sha256',
        extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
      });
      mkdirSync(dir, { recursive: true });
      writeFileSync(keyFile, pems.private, { mode: 0o600 });
      writeFileSync(certFile, pems.cert);
    }
    return {
      key: readFileSync(keyFile),
      cert: readFileSync(certFile),
      how: `a self-signed certificate (office-addin-dev-certs could not install its CA: ${e.message}).
  Trust ${certFile} once, or Excel on the web will not load the add-in:
  - in your browser open https://localhost:3000/taskpane.html and accept the certificate, or
  - Chromium on Linux: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n goalpost-localhost -i ${certFile}
  - macOS: sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${certFile}`,
    };
  }
}
