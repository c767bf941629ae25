import { parse as parseForm } from 'node:querystring';

/**
 * Reads a signed body the way Bolt's HTTPReceiver will (a form whose `payload` field is JSON, a
 * plain form, or JSON), to tell whether Bolt gets an object. Bolt reads `body.ssl_check` at once,
 * so a body that parses to `null` (JSON `null`, `payload=null`) throws inside Bolt's detached
 * request work, where nothing catches it; numbers, strings and arrays are no Slack request either.
 */
export function slackBodyIsObject(raw: Buffer, contentType: string | undefined): boolean {
  const text = raw.toString();
  let body: unknown;
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parseForm(text);
      body = typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    } else {
      body = JSON.parse(text);
    }
  } catch {
    return false;
  }
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}
