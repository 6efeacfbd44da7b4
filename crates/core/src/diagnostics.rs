//! The diagnostics collector: checks run from this computer to the customer's server, so
//! support gets facts in the first message of a critical incident instead of asking for
//! them. Steps: the name resolved (DNS), TCP connections to chosen ports, ICMP echo where
//! the system permits unprivileged ping, the route (with the system's `tracepath` or
//! `traceroute` when installed), and the TLS certificate on 443.
//!
//! Every step is bounded in time, timestamped, reported as it ends, and the whole run is
//! cancellable. Results are facts (outcome codes, addresses, timings, certificate fields),
//! never sentences: the UI words them in the customer's language.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio::net::TcpStream;
use tokio::sync::watch;

/// How long each kind of step may take.
#[derive(Debug, Clone)]
pub struct Limits {
    pub dns: Duration,
    pub tcp: Duration,
    pub icmp_each: Duration,
    pub route: Duration,
    pub tls: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            dns: Duration::from_secs(5),
            tcp: Duration::from_secs(3),
            icmp_each: Duration::from_secs(1),
            route: Duration::from_secs(30),
            tls: Duration::from_secs(5),
        }
    }
}

/// The ports tried when the customer names none: SSH, HTTP, HTTPS.
pub const DEFAULT_PORTS: [u16; 3] = [22, 80, 443];
const ICMP_ECHOES: u16 = 3;
const ROUTE_MAX_LINES: usize = 40;

/// What to check.
#[derive(Debug, Clone)]
pub struct Request {
    /// A host name or an IP address (an order number is turned into the service's IP by
    /// the caller).
    pub target: String,
    pub ports: Vec<u16>,
    /// Check an address of this computer or of a private network too. The address of a
    /// service comes from the provider (and a name may resolve anywhere): without the
    /// customer's go, the app does not probe their own machine or local network.
    pub allow_local: bool,
}

/// What a step checks.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Check {
    /// The name resolved to addresses.
    Dns,
    /// A TCP connection to one port.
    Tcp,
    /// ICMP echo (ping), where the system allows unprivileged sockets.
    Icmp,
    /// The route, as tracepath or traceroute print it.
    Route,
    /// The HTTPS certificate on 443.
    Tls,
}

/// How a step ended: the code the report and the UI word.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Ok,
    /// A port accepted the connection.
    Open,
    /// A port refused it.
    Closed,
    Timeout,
    Error,
    /// Not needed (an IP needs no lookup) or not asked for (443 closed or not checked).
    Skipped,
    /// The system does not let this user send ICMP.
    NotPermitted,
    /// The tool is not installed.
    Unavailable,
    /// The certificate is not trusted for the name.
    Untrusted,
    Cancelled,
}

/// One finished step.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    pub check: Check,
    /// The port, for `tcp` steps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    pub started_at: DateTime<Utc>,
    pub elapsed_ms: u64,
    pub outcome: Outcome,
    /// Facts for the report, as tools print them (`icmp_seq=1 time=0.4 ms`,
    /// `notAfter=…`), never sentences: the outcome code carries the meaning.
    pub details: Vec<String>,
}

/// What the UI hears while a run goes on.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Steps finished so far, and how many there are in all.
    pub done: usize,
    pub total: usize,
    pub step: Step,
}

/// A whole run.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub target: String,
    pub address: Option<String>,
    pub started_at: DateTime<Utc>,
    pub finished_at: DateTime<Utc>,
    pub cancelled: bool,
    /// The target is an address of this computer or of a private or link-local network
    /// (after DNS): nothing past the lookup was checked, waiting for the customer's go.
    pub local_address: bool,
    pub steps: Vec<Step>,
}

/// Run every check, in order, reporting each as it ends; stops early when `cancel`
/// turns true (the step under way ends at once, reported as `cancelled`).
pub async fn run(req: &Request, limits: &Limits, mut cancel: watch::Receiver<bool>, mut on_step: impl FnMut(Progress)) -> Report {
    let started_at = Utc::now();
    let ports: Vec<u16> = if req.ports.is_empty() { DEFAULT_PORTS.to_vec() } else { dedup(&req.ports) };
    let total = 1 + ports.len() + 3;
    let mut steps: Vec<Step> = Vec::new();
    let mut report = |step: Step, steps: &mut Vec<Step>| {
        steps.push(step.clone());
        on_step(Progress { done: steps.len(), total, step });
    };

    let target = req.target.trim().trim_start_matches('[').trim_end_matches(']').to_owned();
    let (dns, address) = timed(Check::Dns, None, &mut cancel, resolve(&target, limits.dns)).await;
    let cancelled = dns.outcome == Outcome::Cancelled;
    report(dns, &mut steps);
    let Some(addr) = address.filter(|_| !cancelled) else {
        return finish(req, None, started_at, steps, cancelled);
    };
    if !req.allow_local && is_local(addr) {
        return Report { local_address: true, ..finish(req, Some(addr), started_at, steps, false) };
    }

    let mut open_443 = false;
    for port in &ports {
        let (step, open) = timed(Check::Tcp, Some(*port), &mut cancel, tcp(addr, *port, limits.tcp)).await;
        let stop = step.outcome == Outcome::Cancelled;
        open_443 |= *port == 443 && open == Some(true);
        report(step, &mut steps);
        if stop {
            return finish(req, Some(addr), started_at, steps, true);
        }
    }
    let (icmp, _) = timed(Check::Icmp, None, &mut cancel, ping(addr, limits.icmp_each)).await;
    let stop = icmp.outcome == Outcome::Cancelled;
    report(icmp, &mut steps);
    if stop {
        return finish(req, Some(addr), started_at, steps, true);
    }
    let (route, _) = timed(Check::Route, None, &mut cancel, route(addr, limits.route)).await;
    let stop = route.outcome == Outcome::Cancelled;
    report(route, &mut steps);
    if stop {
        return finish(req, Some(addr), started_at, steps, true);
    }
    let tls_step = if open_443 {
        timed(Check::Tls, Some(443), &mut cancel, tls(&target, SocketAddr::new(addr, 443), limits.tls)).await.0
    } else {
        Step { check: Check::Tls, port: Some(443), started_at: Utc::now(), elapsed_ms: 0, outcome: Outcome::Skipped, details: Vec::new() }
    };
    let cancelled = tls_step.outcome == Outcome::Cancelled;
    report(tls_step, &mut steps);
    finish(req, Some(addr), started_at, steps, cancelled)
}

fn finish(req: &Request, addr: Option<IpAddr>, started_at: DateTime<Utc>, steps: Vec<Step>, cancelled: bool) -> Report {
    Report {
        target: req.target.trim().to_owned(),
        address: addr.map(|a| a.to_string()),
        started_at,
        finished_at: Utc::now(),
        cancelled,
        local_address: false,
        steps,
    }
}

/// An address of this computer, of a private or link-local network, or no single host
/// at all: not a server on the internet. (The documentation ranges, such as the demo's
/// 203.0.113.0/24, are not local.)
pub fn is_local(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                // Shared address space (carrier-grade NAT), 100.64.0.0/10.
                || (a == 100 && (64..128).contains(&b))
                // "This network", 0.0.0.0/8.
                || a == 0
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_local(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                // Unique local fc00::/7 and link-local fe80::/10.
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
        }
    }
}

fn dedup(ports: &[u16]) -> Vec<u16> {
    let mut seen = Vec::new();
    for p in ports {
        if *p != 0 && !seen.contains(p) {
            seen.push(*p);
        }
    }
    seen
}

/// What a check finds: its outcome, its facts, and a value for the next steps.
type Found<T> = (Outcome, Vec<String>, Option<T>);

/// Run one check, timestamped, and end it at once on cancel.
async fn timed<T>(
    check: Check,
    port: Option<u16>,
    cancel: &mut watch::Receiver<bool>,
    work: impl std::future::Future<Output = Found<T>>,
) -> (Step, Option<T>) {
    let started_at = Utc::now();
    let clock = Instant::now();
    let (outcome, details, value) = if *cancel.borrow() {
        (Outcome::Cancelled, Vec::new(), None)
    } else {
        tokio::select! {
            found = work => found,
            _ = cancel.wait_for(|c| *c) => (Outcome::Cancelled, Vec::new(), None),
        }
    };
    let step = Step { check, port, started_at, elapsed_ms: clock.elapsed().as_millis() as u64, outcome, details };
    (step, value)
}

async fn resolve(target: &str, limit: Duration) -> Found<IpAddr> {
    if target.is_empty() {
        return (Outcome::Error, Vec::new(), None);
    }
    if let Ok(ip) = target.parse::<IpAddr>() {
        return (Outcome::Skipped, Vec::new(), Some(ip));
    }
    match tokio::time::timeout(limit, tokio::net::lookup_host((target, 0))).await {
        Err(_) => (Outcome::Timeout, Vec::new(), None),
        Ok(Err(e)) => (Outcome::Error, vec![e.to_string()], None),
        Ok(Ok(addrs)) => {
            let mut ips: Vec<IpAddr> = addrs.map(|a| a.ip()).collect();
            ips.dedup();
            match ips.first().copied() {
                None => (Outcome::Error, Vec::new(), None),
                Some(first) => (Outcome::Ok, ips.iter().map(|ip| format!("{target} → {ip}")).collect(), Some(first)),
            }
        }
    }
}

async fn tcp(addr: IpAddr, port: u16, limit: Duration) -> Found<bool> {
    let clock = Instant::now();
    match tokio::time::timeout(limit, TcpStream::connect(SocketAddr::new(addr, port))).await {
        Ok(Ok(_)) => (Outcome::Open, vec![format!("connect={:.1} ms", clock.elapsed().as_secs_f64() * 1000.0)], Some(true)),
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => (Outcome::Closed, Vec::new(), Some(false)),
        Ok(Err(e)) => (Outcome::Error, vec![e.to_string()], Some(false)),
        Err(_) => (Outcome::Timeout, Vec::new(), Some(false)),
    }
}

/// ICMP echo through an unprivileged datagram socket; Linux allows it only to the groups
/// in `net.ipv4.ping_group_range`, and otherwise the step says it is not permitted.
async fn ping(addr: IpAddr, each: Duration) -> Found<()> {
    use socket2::{Domain, Protocol, Socket, Type};
    let (domain, proto, echo) = match addr {
        IpAddr::V4(_) => (Domain::IPV4, Protocol::ICMPV4, 8u8),
        IpAddr::V6(_) => (Domain::IPV6, Protocol::ICMPV6, 128u8),
    };
    let socket = match Socket::new(domain, Type::DGRAM, Some(proto)) {
        Ok(s) => s,
        Err(e) if matches!(e.raw_os_error(), Some(1 | 13 | 93 | 97)) => {
            return (Outcome::NotPermitted, vec![format!("socket: {e}")], None);
        }
        Err(e) => return (Outcome::Error, vec![e.to_string()], None),
    };
    let socket = match socket.set_nonblocking(true).and_then(|_| tokio::net::UdpSocket::from_std(socket.into())) {
        Ok(s) => s,
        Err(e) => return (Outcome::Error, vec![e.to_string()], None),
    };
    if let Err(e) = socket.connect(SocketAddr::new(addr, 0)).await {
        return (Outcome::Error, vec![e.to_string()], None);
    }
    let mut details = Vec::new();
    let mut answered = 0;
    for seq in 1..=ICMP_ECHOES {
        // Type, code, checksum (the kernel fills it in), identifier (the kernel's), sequence.
        let mut packet = vec![echo, 0, 0, 0, 0, 0, (seq >> 8) as u8, seq as u8];
        packet.extend_from_slice(b"clientarea-diag");
        let clock = Instant::now();
        if let Err(e) = socket.send(&packet).await {
            details.push(format!("icmp_seq={seq} {e}"));
            continue;
        }
        let mut buf = [0u8; 512];
        match tokio::time::timeout(each, socket.recv(&mut buf)).await {
            Ok(Ok(_)) => {
                answered += 1;
                details.push(format!("icmp_seq={seq} time={:.1} ms", clock.elapsed().as_secs_f64() * 1000.0));
            }
            Ok(Err(e)) => details.push(format!("icmp_seq={seq} {e}")),
            Err(_) => details.push(format!("icmp_seq={seq} timeout={} ms", each.as_millis())),
        }
    }
    details.push(format!("{answered}/{ICMP_ECHOES} received"));
    (if answered > 0 { Outcome::Ok } else { Outcome::Timeout }, details, None)
}

/// The route, by the system's own tool when there is one.
async fn route(addr: IpAddr, limit: Duration) -> Found<()> {
    let ip = addr.to_string();
    let tools: [(&str, Vec<&str>); 2] =
        [("tracepath", vec!["-n", "-m", "20", ip.as_str()]), ("traceroute", vec!["-n", "-m", "20", "-w", "1", "-q", "1", ip.as_str()])];
    let Some((tool, args)) = tools.into_iter().find(|(tool, _)| find_in_path(tool).is_some()) else {
        return (Outcome::Unavailable, vec!["tracepath, traceroute: not installed".into()], None);
    };
    let mut cmd = tokio::process::Command::new(tool);
    cmd.args(&args).kill_on_drop(true).stdin(std::process::Stdio::null());
    match tokio::time::timeout(limit, cmd.output()).await {
        Err(_) => (Outcome::Timeout, vec![format!("{tool}: > {} s", limit.as_secs())], None),
        Ok(Err(e)) => (Outcome::Error, vec![format!("{tool}: {e}")], None),
        Ok(Ok(out)) => {
            let text = String::from_utf8_lossy(if out.stdout.is_empty() { &out.stderr } else { &out.stdout }).into_owned();
            let mut lines: Vec<String> = text.lines().map(str::to_owned).take(ROUTE_MAX_LINES).collect();
            lines.insert(0, format!("{tool} {}", args.join(" ")));
            (if out.status.success() { Outcome::Ok } else { Outcome::Error }, lines, None)
        }
    }
}

fn find_in_path(tool: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(tool)).find(|p| p.is_file())
}

/// The certificate the server shows on 443, and whether this computer trusts it.
async fn tls(target: &str, addr: SocketAddr, limit: Duration) -> Found<()> {
    let name = match target.parse::<IpAddr>() {
        Ok(ip) => rustls::pki_types::ServerName::IpAddress(ip.into()),
        Err(_) => match rustls::pki_types::ServerName::try_from(target.to_owned()) {
            Ok(n) => n,
            Err(e) => return (Outcome::Error, vec![e.to_string()], None),
        },
    };
    let work = async {
        let trusted = handshake(trusting_roots(), name.clone(), addr).await;
        match trusted {
            Ok(details) => (Outcome::Ok, details, None),
            Err(why) => {
                // Not trusted: look at what it shows anyway (nothing is sent over it).
                let mut details = vec![why];
                if let Ok(seen) = handshake(Arc::new(seeing_config()), name, addr).await {
                    details.extend(seen);
                }
                (Outcome::Untrusted, details, None)
            }
        }
    };
    match tokio::time::timeout(limit, work).await {
        Ok(found) => found,
        Err(_) => (Outcome::Timeout, Vec::new(), None),
    }
}

async fn handshake(
    config: Arc<rustls::ClientConfig>,
    name: rustls::pki_types::ServerName<'static>,
    addr: SocketAddr,
) -> Result<Vec<String>, String> {
    let tcp = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
    let tls = tokio_rustls::TlsConnector::from(config).connect(name, tcp).await.map_err(|e| e.to_string())?;
    let (_, session) = tls.get_ref();
    let mut details = Vec::new();
    if let Some(v) = session.protocol_version() {
        details.push(format!("protocol={v:?}"));
    }
    if let Some(cert) = session.peer_certificates().and_then(|c| c.first()) {
        details.extend(describe_certificate(cert.as_ref()));
    }
    Ok(details)
}

fn trusting_roots() -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    Arc::new(
        rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .expect("ring supports the default versions")
            .with_root_certificates(roots)
            .with_no_client_auth(),
    )
}

/// A configuration that accepts any certificate, used only to read the certificate of a
/// server this computer does not trust, for the report. No data is ever sent over it.
fn seeing_config() -> rustls::ClientConfig {
    rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .expect("ring supports the default versions")
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(SeeOnly(rustls::crypto::ring::default_provider())))
        .with_no_client_auth()
}

#[derive(Debug)]
struct SeeOnly(rustls::crypto::CryptoProvider);

impl rustls::client::danger::ServerCertVerifier for SeeOnly {
    fn verify_server_cert(
        &self,
        _: &rustls::pki_types::CertificateDer<'_>,
        _: &[rustls::pki_types::CertificateDer<'_>],
        _: &rustls::pki_types::ServerName<'_>,
        _: &[u8],
        _: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

fn describe_certificate(der: &[u8]) -> Vec<String> {
    use x509_parser::prelude::*;
    let Ok((_, cert)) = X509Certificate::from_der(der) else {
        return vec!["certificate=unreadable".into()];
    };
    let mut lines = vec![
        format!("subject={}", cert.subject()),
        format!("issuer={}", cert.issuer()),
        format!("notBefore={}", cert.validity().not_before),
        format!("notAfter={}", cert.validity().not_after),
    ];
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        let names: Vec<String> = san.value.general_names.iter().map(|n| n.to_string()).collect();
        lines.push(format!("subjectAltName={}", names.join(", ")));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quick() -> Limits {
        Limits {
            dns: Duration::from_secs(2),
            tcp: Duration::from_secs(2),
            icmp_each: Duration::from_millis(300),
            route: Duration::from_secs(5),
            tls: Duration::from_secs(2),
        }
    }

    /// A port nothing listens on: bound, then released.
    fn closed_port() -> u16 {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    }

    #[tokio::test]
    async fn an_open_and_a_closed_port_on_loopback_are_told_apart() {
        let open = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let open_port = open.local_addr().unwrap().port();
        let closed = closed_port();
        let (_tx, rx) = watch::channel(false);
        let mut seen = Vec::new();
        let req = Request { target: "127.0.0.1".into(), ports: vec![open_port, closed, open_port], allow_local: true };
        let report = run(&req, &quick(), rx, |p| seen.push((p.done, p.total))).await;
        let tcp: Vec<_> = report.steps.iter().filter(|s| s.check == Check::Tcp).map(|s| (s.port.unwrap(), s.outcome)).collect();
        assert_eq!(tcp, [(open_port, Outcome::Open), (closed, Outcome::Closed)], "each port once, in order");
        assert_eq!(report.steps[0].outcome, Outcome::Skipped, "an IP needs no lookup");
        assert_eq!(report.address.as_deref(), Some("127.0.0.1"));
        let tls = report.steps.iter().find(|s| s.check == Check::Tls).unwrap();
        assert_eq!(tls.outcome, Outcome::Skipped, "443 was not asked for");
        // Progress for every step, counting up to the total.
        assert_eq!(seen.len(), report.steps.len());
        assert!(seen.iter().enumerate().all(|(i, (done, total))| *done == i + 1 && *total == report.steps.len()));
        assert!(!report.cancelled);
    }

    #[tokio::test]
    async fn a_local_target_is_not_probed_without_the_customers_go() {
        let (_tx, rx) = watch::channel(false);
        // By address and by a name that resolves to this computer: only the lookup runs.
        for target in ["127.0.0.1", "localhost"] {
            let req = Request { target: target.into(), ports: vec![closed_port()], allow_local: false };
            let mut heard = 0;
            let report = run(&req, &quick(), rx.clone(), |_| heard += 1).await;
            assert!(report.local_address, "{target}");
            assert_eq!(report.steps.len(), 1, "{target}: nothing past the lookup: {:?}", report.steps);
            assert_eq!(report.steps[0].check, Check::Dns);
            assert_eq!(heard, 1);
        }
        let req = Request { target: "127.0.0.1".into(), ports: vec![closed_port()], allow_local: true };
        let report = run(&req, &quick(), rx, |_| {}).await;
        assert!(!report.local_address);
        assert!(report.steps.iter().any(|s| s.check == Check::Tcp), "with the go, it is checked");
    }

    #[test]
    fn local_private_and_link_local_addresses_are_told_from_public_ones() {
        for local in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:192.168.0.1",
            "224.0.0.1",
        ] {
            assert!(is_local(local.parse().unwrap()), "{local}");
        }
        for public in ["203.0.113.10", "8.8.8.8", "2001:db8::10", "2a00:1450::1", "172.32.0.1", "100.128.0.1"] {
            assert!(!is_local(public.parse().unwrap()), "{public}");
        }
    }

    #[tokio::test]
    async fn a_name_is_resolved_first_and_a_bad_one_stops_the_run() {
        let (_tx, rx) = watch::channel(false);
        let req = Request { target: "localhost".into(), ports: vec![closed_port()], allow_local: true };
        let report = run(&req, &quick(), rx.clone(), |_| {}).await;
        assert_eq!(report.steps[0].outcome, Outcome::Ok, "{:?}", report.steps[0]);
        assert!(report.address.is_some());
        let req = Request { target: "no-such-host.invalid".into(), ports: vec![], allow_local: true };
        let report = run(&req, &quick(), rx, |_| {}).await;
        assert_eq!(report.steps.len(), 1);
        assert_ne!(report.steps[0].outcome, Outcome::Ok);
    }

    #[tokio::test]
    async fn cancelling_ends_the_step_under_way_at_once() {
        let (tx, rx) = watch::channel(false);
        let limits = Limits { tcp: Duration::from_secs(20), ..quick() };
        let req = Request { target: "127.0.0.1".into(), ports: vec![closed_port()], allow_local: true };
        tx.send(true).unwrap();
        let report = run(&req, &limits, rx, |_| {}).await;
        assert!(report.cancelled);
        assert_eq!(report.steps.last().unwrap().outcome, Outcome::Cancelled);
        assert_eq!(report.steps.len(), 1, "nothing runs after a cancel");
    }

    #[tokio::test]
    async fn a_self_signed_certificate_is_reported_untrusted_with_its_names() {
        // A TLS server on loopback with a certificate nobody trusts: the report says so and
        // still shows what the certificate claims.
        let cert = rcgen::generate_simple_self_signed(vec!["diag.test".into()]).unwrap();
        let key = rustls::pki_types::PrivateKeyDer::Pkcs8(cert.key_pair.serialize_der().into());
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![cert.cert.der().clone()], key)
            .unwrap();
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            for _ in 0..2 {
                let (tcp, _) = listener.accept().await.unwrap();
                let _ = acceptor.accept(tcp).await;
            }
        });
        let found = tls("diag.test", SocketAddr::new("127.0.0.1".parse().unwrap(), port), Duration::from_secs(5)).await;
        assert_eq!(found.0, Outcome::Untrusted, "{:?}", found.1);
        assert!(found.1.iter().any(|l| l.contains("diag.test")), "{:?}", found.1);
    }
}
