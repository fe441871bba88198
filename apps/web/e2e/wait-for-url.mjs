// Waits until a URL answers (any status), then exits: lets a server start only after another is up.
const [url, timeoutSeconds = '180'] = process.argv.slice(2);
const deadline = Date.now() + Number(timeoutSeconds) * 1000;
for (;;) {
  try {
    await fetch(url);
    process.exit(0);
  } catch {
    if (Date.now() > deadline) {
      console.error(`gave up waiting for ${url}`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
