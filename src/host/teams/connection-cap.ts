// Local mode has no authentication in front of it: one client address may not open more than a
// set number of connections at once (idle sockets and slowloris cost the server nothing else to
// make). Not in production, where every request comes from Teams' few front-end addresses.
import type { Server } from 'node:http';

/** Closes each new connection from an address that already has `max` open. */
export function capConnectionsPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
