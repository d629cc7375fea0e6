"""The trigger-point atlas: muscles, referral patterns, treatments, and the lookup ranking them."""
