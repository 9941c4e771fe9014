#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace izdesk::server::scim {

// The RFC 7643 discovery documents: /ServiceProviderConfig, /ResourceTypes, /Schemas, saying
// exactly what this server supports (patch and filter yes; bulk, sort, changePassword, etag
// no). Pure functions; any thread.
QJsonObject serviceProviderConfig(const QString &baseUrl);
QJsonArray resourceTypes(const QString &baseUrl);
QJsonArray schemas();

} // namespace izdesk::server::scim
