#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace izdesk {

// One environment the client can sign in to: Production, Training, UAT (URL and CA file from
// Settings) or the built-in Local sandbox (URL known once the child server runs).
// Value type; safe to copy between threads.
struct EnvironmentProfile
{
    QString id;   // stable: "production", "training", "uat", "sandbox"
    QString name; // translated, for display
    enum Kind { Production, Training, Uat, Sandbox } kind = Production;
    QUrl baseUrl;   // server root, e.g. https://iis.example/ (the client appends /api/v1/...)
    QString caFile; // optional PEM bundle for TLS verification; empty = system store

    // False for a profile without a URL ("not configured"); the sandbox is always usable.
    bool isConfigured() const { return kind == Sandbox || baseUrl.isValid(); }
    // Non-production environments show a coloured banner.
    bool isProduction() const { return kind == Production; }

    bool operator==(const EnvironmentProfile &other) const = default;
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::EnvironmentProfile)
