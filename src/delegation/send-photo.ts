import type { FastifyReply } from 'fastify';

/** A proposal's photo: private (it is not public until an organizer accepts), and never sniffed as anything else. */
export function sendPhoto(reply: FastifyReply, photo: { body: Buffer; type: string }): Buffer {
  void reply.type(photo.type).header('X-Content-Type-Options', 'nosniff').header('Cache-Control', 'private, max-age=300').header('Content-Security-Policy', "default-src 'none'; sandbox");
  return photo.body;
}
