//! Live chat's behaviour: the operator answers a customer's message within seconds, and
//! points emergencies and account matters to a ticket, which proves ownership. The desk
//! runs it on every tick (`Desk::tick`); the chats themselves are kept by the store
//! (`store/chat.rs`).

use chrono::{DateTime, Duration, Utc};

use crate::store::Store;

/// Answer every open chat whose customer wrote last, once its answer is due at `now`.
pub async fn operate(store: &Store, now: DateTime<Utc>, answer_after: Duration) -> anyhow::Result<()> {
    for (customer, chat, body, at) in store.chats_awaiting_operator().await? {
        let answer_at = at + answer_after;
        if now < answer_at {
            continue;
        }
        let lower = body.to_lowercase();
        let urgent = ["down", "emergency", "urgent", "hacked", "password", "unreachable", "account"].iter().any(|w| lower.contains(w));
        let answer = if urgent {
            "This needs a ticket: emergencies and account matters are handled there, because a ticket proves you own the account. I can turn this chat into a High priority ticket that keeps everything you wrote."
        } else {
            "Thanks for your question. Here is what I found; if you need more, I can turn this chat into a ticket."
        };
        store.operator_says(&customer, &chat, answer, answer_at).await?;
    }
    Ok(())
}
