-- Sign-in through an OpenID Connect identity provider. A staff account is bound to one
-- identity of an issuer (its "sub", which the provider never reassigns) at the first sign-in;
-- from then on that identity, not the username, says which account signs in.
CREATE TABLE staff_identities (
    id {{ID}},
    user_id {{BIGINT}} NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    linked_at {{TIMESTAMP}} NOT NULL,
    last_sign_in_at {{TIMESTAMP}},
    UNIQUE (issuer, subject),
    UNIQUE (user_id, issuer)
);

-- The nonces handed out for sign-ins in progress (only their SHA-256): each ID token's nonce
-- must be one of them, unexpired, and is used up by the sign-in, so a token is accepted once.
CREATE TABLE oidc_nonces (
    nonce_hash TEXT PRIMARY KEY,
    expires_at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX oidc_nonces_expires_idx ON oidc_nonces (expires_at);
