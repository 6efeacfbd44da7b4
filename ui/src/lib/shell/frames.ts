// The longest frame of the first seconds of a start: the gap between two animation
// frames while the page boots, the session opens and the first sync runs. A figure for
// the launch benchmark (bench-launch reads `longestStartupFrame`), kept by the page
// itself because a script injected over WebDriver comes too late to see the boot.
// Watches for `forMs`, then stops (no frame loop left running).

let longest = 0;

export function watchStartupFrames(forMs = 10_000) {
  const began = performance.now();
  let last = began;
  const step = (now: number) => {
    longest = Math.max(longest, now - last);
    last = now;
    if (now - began < forMs) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
  (globalThis as { longestStartupFrame?: () => number }).longestStartupFrame = () => longest;
}
