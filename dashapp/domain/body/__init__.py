"""The drawn body: views, surface regions, muscle outlines, referral zones, dermatomes and their fits."""
