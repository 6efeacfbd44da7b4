import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { applyTheme, savedTheme } from "./lib/settings/theme";
import { startupMark } from "./lib/shell/api";
import { watchStartupFrames } from "./lib/shell/frames";

void startupMark("ui-script");
watchStartupFrames();

applyTheme(savedTheme(), false);

const target = document.getElementById("app");
if (!target) throw new Error("no #app element");
export default mount(App, { target });
