//! The end-to-end harness: starts `tauri-driver` (which starts WebKitWebDriver, which
//! starts the app), opens a WebDriver session on the real window, and offers the few
//! verbs the stories need: wait for an element or a text with a deadline, click, type,
//! read, and a screenshot when a story fails.
//!
//! It needs a display and a session bus: `scripts/test.sh` runs the tests under
//! `xvfb-run` and `dbus-run-session` with an unlocked gnome-keyring. Run outside them,
//! the tests fail and say so; they never skip.

// The end-to-end harness: every helper serves a test, where a panic is the report.
#![allow(clippy::unwrap_used)]

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};

/// How long a story waits for the app to show something before it fails.
pub const DEADLINE: Duration = Duration::from_secs(20);

/// The app binary under test: `CLIENTAREA_APP_BIN`, else the workspace's debug build.
pub fn app_binary() -> Result<PathBuf> {
    if let Ok(p) = std::env::var("CLIENTAREA_APP_BIN") {
        return Ok(PathBuf::from(p));
    }
    let target = std::env::var("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|_| Path::new(&manifest_dir()).join("../target"));
    let bin = target.join("debug/clientarea");
    if !bin.exists() {
        bail!("no app binary at {}: build it first (scripts/test.sh does)", bin.display());
    }
    Ok(bin)
}

fn tauri_driver() -> PathBuf {
    std::env::var("TAURI_DRIVER").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from("tauri-driver"))
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The environment one app instance sees: its own data and XDG folders.
pub struct AppEnv {
    /// The binary to launch: the app by default.
    pub app: Option<PathBuf>,
    pub data_dir: PathBuf,
    pub vars: Vec<(String, String)>,
    home: tempfile::TempDir,
}

impl AppEnv {
    pub fn new() -> Result<Self> {
        let home = tempfile::tempdir()?;
        let mut vars = Vec::new();
        for (var, sub) in [("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config")] {
            let p = home.path().join(sub);
            std::fs::create_dir_all(&p)?;
            vars.push((var.to_owned(), p.display().to_string()));
        }
        // Downloads go to this home's folder, as the desktop's user-dirs.dirs says.
        let downloads = home.path().join("downloads");
        std::fs::create_dir_all(&downloads)?;
        std::fs::write(home.path().join("config/user-dirs.dirs"), format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.display()))?;
        let data_dir = home.path().join("app-data");
        vars.push(("CLIENTAREA_DATA_DIR".into(), data_dir.display().to_string()));
        // English unless a story asks otherwise: the OS locale decides the first screen.
        vars.push(("LANG".into(), "en_US.UTF-8".into()));
        vars.push(("LANGUAGE".into(), "en_US".into()));
        Ok(Self { app: None, data_dir, vars, home })
    }

    /// The Downloads folder of this environment's home.
    pub fn downloads(&self) -> PathBuf {
        self.home.path().join("downloads")
    }

    pub fn set(&mut self, var: &str, value: &str) {
        self.vars.retain(|(k, _)| k != var);
        self.vars.push((var.to_owned(), value.to_owned()));
    }
}

/// One running app with a WebDriver session on its window.
pub struct App {
    pub client: Client,
    driver: Child,
    pub name: String,
    pub started: Instant,
    /// The data folder it was started with: the app's own processes are found by it.
    data_dir: PathBuf,
}

impl App {
    /// Start tauri-driver with `env`, and through it the app. Returns once the session is
    /// open (the window exists; its page may still be loading).
    pub async fn launch(name: &str, env: &AppEnv) -> Result<App> {
        match Self::launch_once(name, env).await {
            Ok(app) => Ok(app),
            // tauri-driver, under a loaded run, now and then drops the request that opens
            // the session (seen once in a cold CI run: "webdriver server did not respond").
            // Once more, after ending what the first try started for this data folder.
            Err(e) if format!("{e:#}").contains("did not respond") => {
                eprintln!("{name}: opening the session failed ({e:#}); trying once more");
                if let Ok(bin) = env.app.clone().map_or_else(app_binary, Ok) {
                    for pid in desktop::app_processes(&bin, &env.data_dir) {
                        let _ = Command::new("kill").arg(pid.to_string()).status();
                    }
                }
                Self::launch_once(name, env).await
            }
            Err(e) => Err(e),
        }
    }

    async fn launch_once(name: &str, env: &AppEnv) -> Result<App> {
        if std::env::var_os("DISPLAY").is_none() || std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            bail!("no DISPLAY or session bus: run the end-to-end tests through scripts/test.sh");
        }
        let app = match &env.app {
            Some(p) => p.clone(),
            None => app_binary()?,
        };
        let port = free_port()?;
        let native_port = free_port()?;
        let log_dir = artifacts_dir();
        let log = std::fs::File::create(log_dir.join(format!("{name}-driver.log")))?;
        let mut cmd = Command::new(tauri_driver());
        cmd.args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log);
        for (k, v) in &env.vars {
            cmd.env(k, v);
        }
        let mut driver = cmd.spawn().with_context(|| format!("starting {}", tauri_driver().display()))?;
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let started = Instant::now();
        while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
            if let Some(status) = driver.try_wait()? {
                bail!("tauri-driver exited early ({status}); see {name}-driver.log");
            }
            if started.elapsed() > DEADLINE {
                let _ = driver.kill();
                bail!("tauri-driver did not listen on {addr} within {DEADLINE:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut caps = serde_json::Map::new();
        caps.insert("tauri:options".into(), serde_json::json!({ "application": app.display().to_string() }));
        let started = Instant::now();
        // WebKitWebDriver waits for the app's window for ever if the app dies at start.
        let mut builder = ClientBuilder::native();
        builder.capabilities(caps);
        let url = format!("http://{addr}");
        let client = match tokio::time::timeout(DEADLINE * 3, builder.connect(&url)).await {
            Ok(Ok(c)) => c,
            Ok(Err(e)) => {
                let _ = driver.kill();
                let _ = driver.wait();
                return Err(anyhow::Error::new(e).context("opening a WebDriver session on the app"));
            }
            Err(_) => {
                let _ = driver.kill();
                bail!("no app window within {:?}; see {name}-driver.log", DEADLINE * 3);
            }
        };
        Ok(App { client, driver, name: name.to_owned(), started, data_dir: env.data_dir.clone() })
    }

    /// The pid of tauri-driver; the app and its WebKit processes run below it.
    pub fn driver_pid(&self) -> u32 {
        self.driver.id()
    }

    pub async fn find(&self, css: &str) -> Result<Element> {
        self.client.wait().at_most(DEADLINE).for_element(Locator::Css(css)).await.with_context(|| format!("waiting for {css}"))
    }

    /// `find` asking every 5 ms, not every 250 ms (fantoccini's default): what a launch
    /// benchmark waits with, whose figure would otherwise move in steps of 250 ms.
    pub async fn find_soon(&self, css: &str) -> Result<Element> {
        self.client
            .wait()
            .every(Duration::from_millis(5))
            .at_most(DEADLINE)
            .for_element(Locator::Css(css))
            .await
            .with_context(|| format!("waiting for {css}"))
    }

    pub async fn find_all(&self, css: &str) -> Result<Vec<Element>> {
        Ok(self.client.find_all(Locator::Css(css)).await?)
    }

    /// Clicks as a user would: once the control is there and enabled. A click on a
    /// disabled button is silently dropped by the browser, so clicking the moment it
    /// appears would race the app (a status change still in the outbox keeps the
    /// ticket's buttons disabled until it is delivered).
    pub async fn click(&self, css: &str) -> Result<()> {
        let until = Instant::now() + DEADLINE;
        loop {
            let el = self.find(css).await?;
            // An element replaced between the lookup and the question is looked up again.
            if el.is_enabled().await.unwrap_or(false) {
                el.click().await.with_context(|| format!("clicking {css}"))?;
                return Ok(());
            }
            if Instant::now() > until {
                bail!("{css} still disabled after {DEADLINE:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        let el = self.find(css).await?;
        el.clear().await?;
        el.send_keys(text).await.with_context(|| format!("typing into {css}"))?;
        Ok(())
    }

    pub async fn text(&self, css: &str) -> Result<String> {
        Ok(self.find(css).await?.text().await?)
    }

    /// Wait until `check` holds for the texts of every element matching `css`.
    pub async fn wait_texts(&self, css: &str, what: &str, check: impl Fn(&[String]) -> bool) -> Result<Vec<String>> {
        let start = Instant::now();
        loop {
            let mut texts = Vec::new();
            for el in self.find_all(css).await? {
                // An element can vanish while a list re-renders: read again next round.
                if let Ok(t) = el.text().await {
                    texts.push(t);
                }
            }
            if check(&texts) {
                return Ok(texts);
            }
            if start.elapsed() > DEADLINE {
                bail!("{what}: still not true after {DEADLINE:?}; {css} shows {texts:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Wait until the element's attribute has `value`.
    pub async fn wait_attr(&self, css: &str, attr: &str, value: &str) -> Result<()> {
        let start = Instant::now();
        loop {
            let got = match self.client.find(Locator::Css(css)).await {
                Ok(el) => el.attr(attr).await.ok().flatten(),
                Err(_) => None,
            };
            if got.as_deref() == Some(value) {
                return Ok(());
            }
            if start.elapsed() > DEADLINE {
                bail!("{css}[{attr}] is {got:?}, not {value:?}, after {DEADLINE:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Wait until the element's DOM property (e.g. an input's `value`) is `value`.
    pub async fn wait_prop(&self, css: &str, prop: &str, value: &str) -> Result<()> {
        let start = Instant::now();
        loop {
            let got = match self.client.find(Locator::Css(css)).await {
                Ok(el) => el.prop(prop).await.ok().flatten(),
                Err(_) => None,
            };
            if got.as_deref() == Some(value) {
                return Ok(());
            }
            if start.elapsed() > DEADLINE {
                bail!("{css}.{prop} is {got:?}, not {value:?}, after {DEADLINE:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn select(&self, css: &str, value: &str) -> Result<()> {
        let el = self.find(css).await?;
        el.select_by_value(value).await.with_context(|| format!("selecting {value} in {css}"))?;
        Ok(())
    }

    pub async fn screenshot(&self, label: &str) -> Result<PathBuf> {
        // Let WebKit paint what the DOM now holds: two animation frames, bounded.
        let painted = self
            .client
            .execute_async("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));", vec![]);
        let _ = tokio::time::timeout(Duration::from_secs(2), painted).await;
        let png = self.client.screenshot().await?;
        let path = artifacts_dir().join(format!("{}-{label}.png", self.name));
        std::fs::write(&path, png)?;
        Ok(path)
    }

    /// End the session: tauri-driver closes the app.
    pub async fn quit(mut self) -> Result<()> {
        // A session WebKitWebDriver cannot close (seen once after long scripts) must not
        // hang the run: the driver and the app below it are killed either way.
        let r = match tokio::time::timeout(DEADLINE, self.client.clone().close()).await {
            Ok(r) => r.map_err(|e| anyhow!("closing the session: {e}")),
            Err(_) => Err(anyhow!("closing the session: no answer within {DEADLINE:?}")),
        };
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        // An app that keeps running in the background outlives its closed window and
        // the driver: end it (it was started by this test, for this data folder).
        if let Ok(bin) = app_binary() {
            for pid in desktop::app_processes(&bin, &self.data_dir) {
                let _ = Command::new("kill").arg(pid.to_string()).status();
            }
        }
        r
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// PSS of every process below `root` except the WebDriver servers, in MiB.
pub fn tree_pss_mib(root: u32) -> Option<f64> {
    let mut parents = Vec::new();
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
        let after = stat.rsplit_once(')')?.1;
        let ppid: u32 = after.split_whitespace().nth(1)?.parse().ok()?;
        let comm = stat.split_once('(')?.1.rsplit_once(')')?.0.to_owned();
        parents.push((pid, ppid, comm));
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let p = tree[i];
        tree.extend(parents.iter().filter(|(_, pp, _)| *pp == p).map(|(pid, _, _)| *pid));
        i += 1;
    }
    let mut kib = 0u64;
    for pid in tree {
        let comm = parents.iter().find(|(p, _, _)| *p == pid).map(|(_, _, c)| c.as_str()).unwrap_or("");
        if comm.starts_with("tauri-driver") || comm.starts_with("WebKitWebDriver") {
            continue;
        }
        let Ok(rollup) = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")) else { continue };
        let field = |name: &str| {
            rollup
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .map_or(0, |v| v.trim().trim_end_matches("kB").trim().parse::<u64>().unwrap_or(0))
        };
        let pss = field("Pss:");
        kib += pss;
        // Which process holds what: anonymous memory, and files mapped (SQLite's mmap).
        eprintln!("pss: {comm} {} MiB (anon {} MiB, file {} MiB)", pss / 1024, field("Pss_Anon:") / 1024, field("Pss_File:") / 1024);
    }
    Some(kib as f64 / 1024.0)
}

/// Where screenshots and logs go: `CLIENTAREA_ARTIFACTS` or `tests/artifacts`.
pub fn artifacts_dir() -> PathBuf {
    let dir = std::env::var("CLIENTAREA_ARTIFACTS").map(PathBuf::from).unwrap_or_else(|_| Path::new(&manifest_dir()).join("artifacts"));
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// The longest one story may take: a WebDriver call that never answers ends here.
pub const STORY_DEADLINE: Duration = Duration::from_secs(240);

/// Run a story (what it returns is passed on); if it fails, keep a screenshot of the
/// window as it was.
pub async fn story<F, Fut, T>(app: &App, body: F) -> Result<T>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    let result = tokio::time::timeout(STORY_DEADLINE, body())
        .await
        .unwrap_or_else(|_| Err(anyhow!("the story did not finish within {STORY_DEADLINE:?}")));
    match result {
        Ok(v) => Ok(v),
        Err(e) => {
            // A hidden window (the app in the tray) never answers a screenshot: bounded.
            let shot = match tokio::time::timeout(DEADLINE, app.screenshot("failure")).await {
                Ok(Ok(p)) => p.display().to_string(),
                Ok(Err(e)) => e.to_string(),
                Err(_) => "none: the window did not answer".into(),
            };
            Err(e.context(format!("screenshot: {shot}")))
        }
    }
}

/// The reference provider on a free loopback port with the demo data in `dir` and the
/// admin API under `admin`.
pub async fn demo_provider(dir: &Path, admin: &str) -> Result<clientarea_provider::Running> {
    demo_provider_at(dir, admin, "127.0.0.1:0".parse()?).await
}

/// The same provider on `addr`: one stopped earlier, back on its address with its data.
pub async fn demo_provider_at(dir: &Path, admin: &str, addr: std::net::SocketAddr) -> Result<clientarea_provider::Running> {
    let config =
        clientarea_provider::Config { data_dir: Some(dir.to_owned()), demo: true, admin_token: Some(admin.into()), ..Default::default() };
    clientarea_provider::spawn(addr, config).await
}

/// The first screen kept for the next start (ui/src/lib/shell/firstScreen.ts): a tree
/// of texts (strings) and elements (`[tag, [[name, value], ...], [children...]]`).
#[derive(Debug, Clone)]
pub struct KeptScreen {
    pub account: String,
    pub lang: String,
    pub screen: serde_json::Value,
}

impl KeptScreen {
    /// Every text in it, in order, one per node.
    pub fn texts(&self) -> Vec<String> {
        let mut out = Vec::new();
        Self::walk(&self.screen, &mut |n| {
            if let Some(t) = n.as_str() {
                out.push(t.to_owned());
            }
        });
        out
    }

    /// Every element's tag and attribute names, in order.
    pub fn elements(&self) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        Self::walk(&self.screen, &mut |n| {
            if let Some([tag, attributes, _]) = n.as_array().map(Vec::as_slice) {
                let names = attributes.as_array().into_iter().flatten().filter_map(|a| a[0].as_str().map(str::to_owned)).collect();
                out.push((tag.as_str().unwrap_or_default().to_owned(), names));
            }
        });
        out
    }

    fn walk(node: &serde_json::Value, f: &mut impl FnMut(&serde_json::Value)) {
        f(node);
        if let Some(children) = node.get(2).and_then(|c| c.as_array()) {
            for child in children {
                Self::walk(child, f);
            }
        }
    }
}

impl App {
    /// Sign in on the welcome screen as the demo customer and wait for the first pull.
    pub async fn sign_in_as_demo(&self) -> Result<()> {
        self.type_into("[data-testid=email]", "demo@example.com").await?;
        self.type_into("[data-testid=password]", "demo").await?;
        self.click("[data-testid=sign-in]").await?;
        self.wait_attr("[data-testid=sync-status]", "data-state", "online").await
    }

    /// The copy of the list kept for the next start's first screen
    /// (ui/src/lib/shell/firstScreen.ts), as the window's storage holds it: its account,
    /// language and screen. None: nothing kept.
    pub async fn kept_first_screen(&self) -> Result<Option<KeptScreen>> {
        let raw = self.client.execute("return localStorage.getItem('first-screen')", vec![]).await?;
        let Some(raw) = raw.as_str() else { return Ok(None) };
        let kept: serde_json::Value = serde_json::from_str(raw)?;
        let field = |k: &str| kept[k].as_str().map(str::to_owned).with_context(|| format!("the kept first screen's {k}: {raw}"));
        Ok(Some(KeptScreen { account: field("account")?, lang: field("lang")?, screen: kept["screen"].clone() }))
    }

    /// Wait until the window's storage holds `value` under `key`.
    pub async fn wait_storage(&self, key: &str, value: &str) -> Result<()> {
        let until = Instant::now() + DEADLINE;
        loop {
            let got = self.client.execute("return localStorage.getItem(arguments[0]);", vec![key.into()]).await?;
            if got == value {
                return Ok(());
            }
            if Instant::now() > until {
                bail!("the window's storage holds {got} under {key}, not {value:?}, after {DEADLINE:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Wait until the kept first screen passes `check` (it is kept within moments of a
    /// change).
    pub async fn wait_kept_first_screen(&self, what: &str, check: impl Fn(&KeptScreen) -> bool) -> Result<KeptScreen> {
        let until = Instant::now() + DEADLINE;
        loop {
            let kept = self.kept_first_screen().await?;
            if let Some(kept) = kept.filter(&check) {
                return Ok(kept);
            }
            if Instant::now() > until {
                bail!("{what}: not kept within {DEADLINE:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// "Sync now", and wait until the pull it starts has ended in `state` ("online",
    /// "offline"): the sync's state is "online" before the click as well, so the wait is
    /// for a state at least two revisions later (the pull's "syncing", then its end).
    pub async fn sync_now(&self, state: &str) -> Result<()> {
        let read = || async {
            let el = self.find("[data-testid=sync-status]").await?;
            let revision = el.attr("data-revision").await?.and_then(|r| r.parse::<u64>().ok()).unwrap_or(0);
            anyhow::Ok((revision, el.attr("data-state").await?.unwrap_or_default()))
        };
        let (before, _) = read().await?;
        self.click("[data-testid=sync-now]").await?;
        let until = Instant::now() + DEADLINE;
        loop {
            let (revision, now) = read().await?;
            if revision >= before + 2 && now == state {
                return Ok(());
            }
            if Instant::now() > until {
                bail!("no pull ended in {state} after sync now (revision {before} then {revision}, {now})");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Wait until the shell words its text (notifications) in `locale`: the window switches
    /// at once and tells the shell behind it, so a notice published in between would be
    /// worded in the old language. Asked of the shell as the window asks it.
    pub async fn shell_speaks(&self, locale: &str) -> Result<()> {
        const ASK: &str = "const done = arguments[0]; \
            window.__TAURI_INTERNALS__.invoke('get_settings').then((s) => done(s.locale), (e) => done('error: ' + JSON.stringify(e)));";
        let until = Instant::now() + DEADLINE;
        loop {
            let got = self.client.execute_async(ASK, vec![]).await?;
            if got == locale {
                return Ok(());
            }
            if Instant::now() > until {
                bail!("the shell still speaks {got} after {DEADLINE:?}, not {locale}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// A sign-in token of the demo customer's own, to act as the customer through the API.
pub async fn customer_token(url: &str) -> Result<String> {
    let res: serde_json::Value = reqwest::Client::new()
        .post(format!("{url}/v1/auth/sign-in"))
        .json(&serde_json::json!({"email": "demo@example.com", "password": "demo"}))
        .send()
        .await?
        .json()
        .await?;
    res["token"].as_str().map(str::to_owned).ok_or_else(|| anyhow!("no token in {res}"))
}

/// Post a staff reply on the demo customer's ticket named `subject`, through the admin API.
pub async fn staff_reply(url: &str, admin: &str, subject: &str, author: &str, body: &str) -> Result<()> {
    let http = reqwest::Client::new();
    let list: serde_json::Value =
        http.get(format!("{url}/v1/tickets")).bearer_auth(customer_token(url).await?).send().await?.error_for_status()?.json().await?;
    let id = list["tickets"]
        .as_array()
        .and_then(|all| all.iter().find(|t| t["subject"] == subject))
        .and_then(|t| t["id"].as_str())
        .ok_or_else(|| anyhow!("no ticket {subject:?} in {list}"))?
        .to_owned();
    http.post(format!("{url}/v1/admin/tickets/{id}/staff-reply"))
        .bearer_auth(admin)
        .json(&serde_json::json!({"author_name": author, "body": body, "resolve": false}))
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}

/// A real desktop around the app: a notification daemon and a watch on the session bus.
pub mod desktop {
    use std::io::{BufRead, BufReader};
    use std::process::{Child, Command, Stdio};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    use anyhow::{Context, Result, bail};

    use crate::DEADLINE;

    /// Close what dunst shows (an older notification would take the click meant for the
    /// next one).
    pub fn close_notifications() -> Result<()> {
        let closed = Command::new("dunstctl").arg("close-all").status()?;
        anyhow::ensure!(closed.success(), "dunstctl close-all: {closed}");
        Ok(())
    }

    /// Click the notification on screen, as a user does (dunst performs its default
    /// action). The Notify call seen on the bus may not be drawn yet (dunst draws it a
    /// moment later, later still on a loaded machine), and an action before it is drawn
    /// goes nowhere: wait until dunst shows it.
    pub async fn click_notification() -> Result<()> {
        let until = Instant::now() + DEADLINE;
        loop {
            let shown = Command::new("dunstctl").args(["count", "displayed"]).output()?;
            if String::from_utf8_lossy(&shown.stdout).trim().parse::<u32>().unwrap_or(0) > 0 {
                break;
            }
            anyhow::ensure!(Instant::now() < until, "dunst never showed the notification");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let clicked = Command::new("dunstctl").args(["action", "0"]).status()?;
        anyhow::ensure!(clicked.success(), "dunstctl action: {clicked}");
        Ok(())
    }

    /// A child process killed when dropped.
    pub struct Guard(Child);
    impl Drop for Guard {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }

    /// Everything dbus-monitor printed of the Notify calls so far.
    #[derive(Clone, Default)]
    pub struct Bus(Arc<Mutex<String>>);

    impl Bus {
        pub fn watch() -> Result<(Guard, Bus)> {
            Self::watch_on(&["--session"])
        }

        /// The Notify calls on the bus `bus` (`["--session"]` or `["--address", ADDRESS]`).
        pub fn watch_on(bus: &[&str]) -> Result<(Guard, Bus)> {
            let mut child = Command::new("dbus-monitor")
                .args(bus)
                .arg("type='method_call',interface='org.freedesktop.Notifications',member='Notify'")
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .context("dbus-monitor (apt install dbus)")?;
            let out = child.stdout.take().context("dbus-monitor output")?;
            let bus = Bus::default();
            let seen = bus.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(out).lines().map_while(Result::ok) {
                    seen.0.lock().unwrap().push_str(&line);
                    seen.0.lock().unwrap().push('\n');
                }
            });
            Ok((Guard(child), bus))
        }

        pub fn text(&self) -> String {
            self.0.lock().unwrap().clone()
        }

        /// The bus's own time (seconds since the epoch) of the first Notify call carrying `text`.
        pub fn time_of(&self, text: &str) -> Option<f64> {
            let all = self.text();
            let at = all.find(text)?;
            let head = &all[..at];
            let call = head.rfind("method call time=")?;
            head[call + "method call time=".len()..].split_whitespace().next()?.parse().ok()
        }

        pub fn count(&self, text: &str) -> usize {
            self.0.lock().unwrap().matches(text).count()
        }

        pub async fn wait_for(&self, text: &str) -> Result<()> {
            let until = Instant::now() + DEADLINE;
            while self.count(text) == 0 {
                if Instant::now() > until {
                    bail!("no Notify call with {text:?} within {DEADLINE:?}; the bus saw:\n{}", self.0.lock().unwrap());
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Ok(())
        }
    }

    /// Ask every top-level X window of process `pid` named `title` to close, as a window manager does
    /// when its close button is clicked (a WM_DELETE_WINDOW message): the app decides
    /// what closing means. Xvfb runs no window manager to do it.
    pub fn close_window(pid: u32, title: &str) -> Result<usize> {
        close_window_on(None, pid, title)
    }

    /// The same on the X display `display` (`None`: this process's).
    pub fn close_window_on(display: Option<&str>, pid: u32, title: &str) -> Result<usize> {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::{ClientMessageEvent, ConnectionExt as _, EventMask};
        // This process's windows only: another app of another story may be named the same.
        let mut search = Command::new("xdotool");
        search.args(["search", "--pid", &pid.to_string(), "--name", &format!("^{title}$")]);
        if let Some(d) = display {
            search.env("DISPLAY", d);
        }
        let out = search.output().context("xdotool")?;
        let ids: Vec<u32> = String::from_utf8_lossy(&out.stdout).lines().filter_map(|l| l.trim().parse().ok()).collect();
        if ids.is_empty() {
            bail!("no window named {title:?}");
        }
        let (conn, _) = x11rb::connect(display).context("the X display")?;
        let protocols = conn.intern_atom(false, b"WM_PROTOCOLS")?.reply()?.atom;
        let delete = conn.intern_atom(false, b"WM_DELETE_WINDOW")?.reply()?.atom;
        for &id in &ids {
            let event = ClientMessageEvent::new(32, id, protocols, [delete, x11rb::CURRENT_TIME, 0, 0, 0]);
            conn.send_event(false, id, EventMask::NO_EVENT, event)?;
        }
        conn.flush()?;
        Ok(ids.len())
    }

    /// An X server of the test's own (Xvfb, no window manager, one monitor of the size
    /// given), for a story about monitor setups: the run's shared display is left alone
    /// (Xvfb's RandR cannot add monitors or modes, so another setup is another server).
    /// Ended when dropped.
    pub struct PrivateDisplay {
        pub name: String,
        _server: Guard,
    }

    impl PrivateDisplay {
        pub fn start(width: u32, height: u32) -> Result<PrivateDisplay> {
            let mut child = Command::new("Xvfb")
                .args(["-displayfd", "1", "-nolisten", "tcp", "-screen", "0", &format!("{width}x{height}x24")])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .context("Xvfb")?;
            // Xvfb writes the display's number on the descriptor once it accepts clients.
            let stdout = child.stdout.take().context("Xvfb's output")?;
            let server = Guard(child);
            let mut line = String::new();
            BufReader::new(stdout).read_line(&mut line)?;
            let number: u32 = line.trim().parse().with_context(|| format!("Xvfb's display number: {line:?}"))?;
            Ok(PrivateDisplay { name: format!(":{number}"), _server: server })
        }
    }

    /// The app's processes using `data_dir` (by their environment), as pids.
    pub fn app_processes(app: &std::path::Path, data_dir: &std::path::Path) -> Vec<u32> {
        let wanted = format!("CLIENTAREA_DATA_DIR={}", data_dir.display());
        let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
        entries
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .filter(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == app))
            .filter(|pid| {
                std::fs::read(format!("/proc/{pid}/environ")).is_ok_and(|env| env.split(|b| *b == 0).any(|v| v == wanted.as_bytes()))
            })
            .collect()
    }

    /// dunst, once it owns the notification service's name on this bus.
    pub async fn notification_daemon() -> Result<Guard> {
        let dunst = Guard(
            Command::new("dunst").args(["-config", "/dev/null"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().context("dunst")?,
        );
        wait_for_owner("--session", "org.freedesktop.Notifications").await?;
        Ok(dunst)
    }

    /// Waits until `name` has an owner on the bus `bus` (`--session` or `--bus=ADDRESS`).
    async fn wait_for_owner(bus: &str, name: &str) -> Result<()> {
        let until = Instant::now() + DEADLINE;
        loop {
            let out = Command::new("dbus-send")
                .args([bus, "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner"])
                .arg(format!("string:{name}"))
                .output()?;
            if String::from_utf8_lossy(&out.stdout).contains("boolean true") {
                return Ok(());
            }
            if Instant::now() > until {
                bail!("nothing took {name} within {DEADLINE:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// A session bus of the test's own with no service files, so nothing is started on
    /// demand: no notification daemon exists on it unless the test starts one (the test
    /// run's bus would start dunst when asked). An unlocked gnome-keyring serves the
    /// Secret Service on it, since the app keeps its sign-in there.
    pub struct PrivateBus {
        pub address: String,
        _keyring: Option<Guard>,
        _bus: Guard,
        _dir: tempfile::TempDir,
    }

    impl PrivateBus {
        /// A session bus of its own with an unlocked gnome-keyring on it.
        pub async fn start() -> Result<PrivateBus> {
            Self::start_with(true).await
        }

        /// dunst on this bus, once it owns the notification service's name, and what the
        /// app asks of it.
        pub async fn notifications(&self) -> Result<(Guard, Guard, Bus)> {
            let dunst = Guard(
                Command::new("dunst")
                    .args(["-config", "/dev/null"])
                    .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .context("dunst")?,
            );
            wait_for_owner(&format!("--bus={}", self.address), "org.freedesktop.Notifications").await?;
            let (monitor, bus) = Bus::watch_on(&["--address", &self.address])?;
            Ok((dunst, monitor, bus))
        }

        /// A session bus with no Secret Service on it: a desktop without a keyring.
        pub async fn without_keyring() -> Result<PrivateBus> {
            Self::start_with(false).await
        }

        async fn start_with(with_keyring: bool) -> Result<PrivateBus> {
            use std::io::Write;
            let dir = tempfile::tempdir()?;
            let config = dir.path().join("bus.conf");
            std::fs::write(
                &config,
                format!(
                    r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                    dir.path().display()
                ),
            )?;
            let mut child = Command::new("dbus-daemon")
                .arg(format!("--config-file={}", config.display()))
                .args(["--nofork", "--print-address=1"])
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .context("dbus-daemon (apt install dbus)")?;
            let mut address = String::new();
            // dbus-daemon prints its address once listening, or exits (end of output).
            BufReader::new(child.stdout.take().context("dbus-daemon output")?).read_line(&mut address)?;
            let bus = Guard(child);
            let address = address.trim().to_owned();
            if address.is_empty() {
                bail!("dbus-daemon did not start with {}", config.display());
            }
            if !with_keyring {
                return Ok(PrivateBus { address, _keyring: None, _bus: bus, _dir: dir });
            }
            let home = dir.path().join("home");
            let run = dir.path().join("run");
            std::fs::create_dir_all(home.join("data"))?;
            std::fs::create_dir_all(&run)?;
            std::fs::set_permissions(&run, std::os::unix::fs::PermissionsExt::from_mode(0o700))?;
            let mut keyring = Command::new("gnome-keyring-daemon")
                .args(["--foreground", "--unlock", "--components=secrets"])
                .env("DBUS_SESSION_BUS_ADDRESS", &address)
                .env("HOME", &home)
                .env("XDG_DATA_HOME", home.join("data"))
                .env("XDG_RUNTIME_DIR", &run)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .context("gnome-keyring-daemon (apt install gnome-keyring)")?;
            keyring.stdin.take().context("keyring input")?.write_all(b"test-keyring")?;
            let keyring = Guard(keyring);
            wait_for_owner(&format!("--bus={address}"), "org.freedesktop.secrets").await?;
            Ok(PrivateBus { address, _keyring: Some(keyring), _bus: bus, _dir: dir })
        }

        /// A notification daemon on this bus that takes every call and never answers,
        /// as a hung desktop service would. Dropped with the returned connection.
        pub async fn hung_notification_daemon(&self) -> Result<zbus::Connection> {
            let conn = zbus::connection::Builder::address(self.address.as_str())
                .serve_at("/org/freedesktop/Notifications", Hung)
                .name("org.freedesktop.Notifications")
                .build()
                .await
                .context("serving org.freedesktop.Notifications on the private bus")?;
            Ok(conn)
        }
    }

    /// The panel side of the tray protocol (StatusNotifierWatcher) on a private bus, as a
    /// desktop with a tray has it: items register here, and the test reads them back
    /// over D-Bus as a panel would.
    #[derive(Clone, Default)]
    pub struct TrayWatcher {
        /// (the item's bus name, the object path it registered).
        items: Arc<Mutex<Vec<(String, String)>>>,
    }

    impl TrayWatcher {
        pub async fn start(bus: &PrivateBus) -> Result<(zbus::Connection, TrayWatcher)> {
            let watcher = TrayWatcher::default();
            let conn = zbus::connection::Builder::address(bus.address.as_str())
                .serve_at("/StatusNotifierWatcher", watcher.clone())
                .name("org.kde.StatusNotifierWatcher")
                .build()
                .await
                .context("serving org.kde.StatusNotifierWatcher on the private bus")?;
            Ok((conn, watcher))
        }

        /// The first item registered: its bus name and object path.
        pub async fn item(&self) -> Result<(String, String)> {
            self.nth_item(0).await
        }

        /// The `n`-th item registered (from 0: an app started again registers again).
        pub async fn nth_item(&self, n: usize) -> Result<(String, String)> {
            let until = Instant::now() + DEADLINE;
            loop {
                if let Some(item) = self.items.lock().unwrap().get(n).cloned() {
                    return Ok(item);
                }
                if Instant::now() > until {
                    bail!("no tray item number {} registered within {DEADLINE:?}", n + 1);
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }

    #[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
    impl TrayWatcher {
        async fn register_status_notifier_item(&self, service: String, #[zbus(header)] header: zbus::message::Header<'_>) {
            let sender = header.sender().map(|s| s.to_string()).unwrap_or_default();
            // An item names itself by object path (on its own connection) or by bus name.
            let (name, path) = if service.starts_with('/') { (sender, service) } else { (service, "/StatusNotifierItem".into()) };
            self.items.lock().unwrap().push((name, path));
        }

        async fn register_status_notifier_host(&self, _service: String) {}

        #[zbus(property)]
        async fn registered_status_notifier_items(&self) -> Vec<String> {
            self.items.lock().unwrap().iter().map(|(n, p)| format!("{n}{p}")).collect()
        }

        #[zbus(property)]
        async fn is_status_notifier_host_registered(&self) -> bool {
            true
        }

        #[zbus(property)]
        async fn protocol_version(&self) -> i32 {
            0
        }
    }

    /// What `dbus-send --print-reply` answers to a call on the private bus.
    pub fn bus_call(bus: &PrivateBus, dest: &str, path: &str, method: &str, args: &[&str]) -> Result<String> {
        let out = Command::new("dbus-send")
            .arg(format!("--bus={}", bus.address))
            .args(["--print-reply", "--reply-timeout=5000"])
            .arg(format!("--dest={dest}"))
            .arg(path)
            .arg(method)
            .args(args)
            .output()?;
        if !out.status.success() {
            bail!("{method} on {dest}{path}: {}", String::from_utf8_lossy(&out.stderr));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// The demo provider with its admin API, and an app environment signed to it that
    /// runs on a private bus of its own: what every private-desktop story starts from.
    pub struct PrivateDemo {
        pub bus: PrivateBus,
        pub server: clientarea_provider::Running,
        pub url: String,
        pub env: crate::AppEnv,
        /// The provider's files; kept as long as this is.
        pub provider_dir: tempfile::TempDir,
    }

    impl PrivateDemo {
        pub async fn start(admin: &str) -> Result<PrivateDemo> {
            let bus = PrivateBus::start().await?;
            let provider_dir = tempfile::tempdir()?;
            let server = crate::demo_provider(provider_dir.path(), admin).await?;
            let url = server.url();
            let mut env = crate::AppEnv::new()?;
            env.set("CLIENTAREA_PROVIDER", &url);
            env.set("DBUS_SESSION_BUS_ADDRESS", &bus.address);
            Ok(PrivateDemo { bus, server, url, env, provider_dir })
        }
    }

    struct Hung;

    #[zbus::interface(name = "org.freedesktop.Notifications")]
    impl Hung {
        async fn get_server_information(&self) -> (String, String, String, String) {
            std::future::pending().await
        }

        #[allow(clippy::too_many_arguments)]
        async fn notify(
            &self,
            _app_name: String,
            _replaces_id: u32,
            _app_icon: String,
            _summary: String,
            _body: String,
            _actions: Vec<String>,
            _hints: std::collections::HashMap<String, zbus::OwnedVariant>,
            _expire_timeout: i32,
        ) -> u32 {
            std::future::pending().await
        }
    }

    /// Publish a maintenance notice for the demo customer's Amsterdam VPS, tomorrow, through
    /// the reference provider's admin API.
    pub async fn publish_maintenance(url: &str, admin: &str, title: &str) -> Result<()> {
        publish(url, admin, "maintenance", title).await
    }

    /// Publish a notice of `kind` (`maintenance`, `outage`, `abuse`, ...) the same way.
    pub async fn publish(url: &str, admin: &str, kind: &str, title: &str) -> Result<()> {
        let now = chrono::Utc::now();
        let res = reqwest::Client::new()
            .post(format!("{url}/v1/admin/notices"))
            .bearer_auth(admin)
            .json(&serde_json::json!({
                "kind": kind,
                "title": title,
                "body": "Switches of the storage network are replaced.",
                "customer_email": "demo@example.com",
                "service_ids": ["svc-vps-ams"],
                "starts_at": now + chrono::Duration::hours(20),
                "ends_at": now + chrono::Duration::hours(22),
                "respond_by": now + chrono::Duration::hours(24),
            }))
            .send()
            .await?;
        anyhow::ensure!(res.status().is_success(), "publishing: {}", res.status());
        Ok(())
    }
}

/// The package folder, read when this runs rather than baked in when it was compiled: the
/// build directory is shared by every clone on the machine, and a binary built for
/// another clone must not read that clone's files.
fn manifest_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set by cargo")
}
