//! `clientarea-provider`: run the reference provider from the command line.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Parser;

/// The reference hosting provider: serves the client area's provider API under /v1.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8787")]
    listen: SocketAddr,
    /// Directory for the provider's own SQLite store (in memory when absent).
    #[arg(long)]
    data: Option<PathBuf>,
    /// Seed the demo customer demo@example.com (password: demo).
    #[arg(long)]
    demo: bool,
    /// Enable the admin API (clock, staff replies, notices, faults) for this bearer token.
    #[arg(long, env = "CLIENTAREA_PROVIDER_ADMIN_TOKEN")]
    admin_token: Option<String>,
    /// Seconds a bearer token lives unused before it must be renewed by signing in again.
    #[arg(long, value_name = "SECONDS", default_value_t = 30 * 24 * 3600)]
    token_idle_ttl: u64,
    /// Requests one client (an account, or an address without a valid token) may make: per second on average, and at once.
    #[arg(long, value_name = "PER_SECOND,BURST", default_value = "100,1000")]
    rate_limit: clientarea_provider::RateLimit,
    /// Sign-ins one address may try: per second on average, and at once.
    #[arg(long, value_name = "PER_SECOND,BURST", default_value = "2,30")]
    sign_in_limit: clientarea_provider::RateLimit,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,sqlx=warn".into()))
        .init();
    let args = Args::parse();
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    let config = clientarea_provider::Config {
        data_dir: args.data,
        demo: args.demo,
        admin_token: args.admin_token,
        token_idle_ttl: std::time::Duration::from_secs(args.token_idle_ttl),
        rate_limit: args.rate_limit,
        sign_in_limit: args.sign_in_limit,
        ..Default::default()
    };
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    clientarea_provider::run(listener, config, shutdown).await
}
