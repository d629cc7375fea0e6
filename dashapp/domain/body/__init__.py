"""The drawn body: views, surface regions, muscle outlines, referral zones and dermatomes."""
