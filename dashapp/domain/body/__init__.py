"""The drawn body: views, regions, muscle outlines, referral zones, dermatomes and their fits."""
