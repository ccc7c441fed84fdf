import express, { type RequestHandler } from "express";

/** What body-parser calls its errors, which httpErrorResponse answers (graphql/errors.ts). */
function bodyError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, type, expose: true });
}

/**
 * /graphql's JSON body: what `express.json({ limit })` gives, read without its machinery for
 * the request nearly every caller sends (a plain `application/json` POST, UTF-8, not
 * compressed, with its length given and within the limit). Every other request (compressed,
 * chunked, another charset or type, over the limit) goes to express.json itself, so each answers
 * exactly as before: 413 over the limit, 415 for an unknown charset or encoding, 400 for a body
 * that is not JSON or whose top level is not an object or array, `{}` for an empty body.
 */
export function jsonBody(limit: number): RequestHandler {
  const general = express.json({ limit });
  return (req, res, next) => {
    const { headers } = req;
    const type = headers["content-type"]?.toLowerCase();
    const length = Number(headers["content-length"]);
    const plain =
      req.method === "POST" &&
      (type === "application/json" || type === "application/json; charset=utf-8") &&
      (headers["content-encoding"] === undefined || headers["content-encoding"] === "identity") &&
      headers["transfer-encoding"] === undefined &&
      Number.isInteger(length) &&
      length > 0 &&
      length <= limit;
    if (!plain) {
      general(req, res, next);
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const done = (error?: Error) => {
      if (settled) return;
      settled = true;
      req.removeListener("data", onData);
      if (error) {
        req.resume();
        next(error);
        return;
      }
      const text = Buffer.concat(chunks, received).toString("utf8");
      // As body-parser: a byte-order mark is dropped; only an object or an array is a body.
      const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      const first = /\S/.exec(json)?.[0];
      if (first !== "{" && first !== "[") {
        next(bodyError(400, "entity.parse.failed", "the body is not a JSON object or array"));
        return;
      }
      try {
        req.body = JSON.parse(json) as unknown;
      } catch (error) {
        next(bodyError(400, "entity.parse.failed", (error as Error).message));
        return;
      }
      next();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () =>
      received === length
        ? done()
        : done(bodyError(400, "request.size.invalid", "the body's length is not as declared")),
    );
    req.once("aborted", () => done(bodyError(400, "request.aborted", "the request was aborted")));
    req.once("error", (error) => done(bodyError(400, "request.aborted", error.message)));
  };
}
