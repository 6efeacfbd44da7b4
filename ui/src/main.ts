import "./app.css";
import { applyTheme, savedTheme } from "./lib/settings/theme";
import { pageMark, startupMark } from "./lib/shell/api";
import { startBoot, startsWithList } from "./lib/shell/boot";
import { showFirstScreen, watchFirstScreen } from "./lib/shell/firstScreen";
import { watchStartupFrames } from "./lib/shell/frames";

// This first script is small: it asks the shell for the first screen's data, then loads
// the app (its views, its four languages) while the answers come.
void startupMark("ui-script");
startBoot();
watchStartupFrames();

applyTheme(savedTheme(), false);
// The list as it last stood, until the app has made it again.
// (Not for a window started hidden, in the tray: nobody would see it.)
if (document.visibilityState === "visible" && startsWithList() && showFirstScreen()) {
  pageMark("first-screen");
  // Its frame first: the app's code is parsed on this same thread and would hold the
  // frame back. (A window that stops drawing does not hold the app back for long.)
  await Promise.race([
    new Promise((shown) => requestAnimationFrame(() => setTimeout(shown))),
    new Promise((late) => setTimeout(late, 250)),
  ]);
  pageMark("first-screen-painted");
}

const target = document.getElementById("app");
if (!target) throw new Error("no #app element");
const [{ mount }, { default: App }] = await Promise.all([import("svelte"), import("./App.svelte")]);
pageMark("app-loaded");
mount(App, { target });
pageMark("app-mounted");
watchFirstScreen(target);
