import "./app.css";
import { applyTheme, savedTheme } from "./lib/settings/theme";
import { pageMark, startupMark } from "./lib/shell/api";
import { startBoot } from "./lib/shell/boot";
import { watchStartupFrames } from "./lib/shell/frames";

// This first script is small: it asks the shell for the first screen's data, then loads
// the app (its views, its four languages) while the answers come.
void startupMark("ui-script");
startBoot();
watchStartupFrames();

applyTheme(savedTheme(), false);

const target = document.getElementById("app");
if (!target) throw new Error("no #app element");
const [{ mount }, { default: App }] = await Promise.all([import("svelte"), import("./App.svelte")]);
pageMark("app-loaded");
mount(App, { target });
pageMark("app-mounted");
