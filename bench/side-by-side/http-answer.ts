import type { RequestListener } from "node:http";

/** A response to a GraphQL request: a status and a JSON body. */
export interface Answer {
  status: number;
  body: string;
}

/** A GraphQL answer made of errors only, as GraphQL over HTTP words them. */
export function errorAnswer(status: number, message: string, code: string): Answer {
  return { status, body: JSON.stringify({ errors: [{ message, extensions: { code } }] }) };
}

/** Serves POST /graphql with `answer`, called on the request's body; anything else is a 404. */
export function answerOverHttp(answer: (body: string) => Promise<Answer>): RequestListener {
  return (request, response) => {
    if (request.method !== "POST" || request.url !== "/graphql") {
      response.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      answer(Buffer.concat(chunks).toString("utf8"))
        .catch((error: unknown) => errorAnswer(500, String(error), "INTERNAL_SERVER_ERROR"))
        .then(({ status, body }) => response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(body));
    });
  };
}
