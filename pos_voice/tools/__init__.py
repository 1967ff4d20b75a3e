"""The tools the model calls (owned by the order-engine work)."""
