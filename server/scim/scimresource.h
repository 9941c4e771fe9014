#pragma once

#include "accounts/iisuserstore.h"
#include "http/httptypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace izdesk::server::scim {

// RFC 7643/7644 shapes: the schema URNs, the error and list responses, IIS users as SCIM
// Users (both ways), the eq/and filter and PATCH operations applied to a resource's JSON.
// Pure functions; any thread.

inline const QString kUserSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
inline const QString kGroupSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
inline const QString kExtensionSchema = QStringLiteral("urn:ietf:params:scim:schemas:extension:izdesk:2.0:User");
inline const QString kListSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
inline const QString kPatchSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
inline const QString kErrorSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");

HttpResponse json(int status, const QJsonObject &body);
HttpResponse error(int status, const QString &scimType, const QString &detail);
HttpResponse listResponse(const QJsonArray &resources, int total, int startIndex);

QJsonObject userToScim(const IisUserStore::User &u, const QString &baseUrl);
// Applies a full SCIM User (POST/PUT) onto u. *active gets the requested active flag.
// Returns an error response (400 invalidValue …) or nullopt.
std::optional<HttpResponse> userFromScim(const QJsonObject &resource, IisUserStore::User *u, bool *active);

// Parses `attr eq "value" [and attr eq "value"]…`; keys lower-cased. nullopt + *error.
std::optional<QList<QPair<QString, QString>>> parseFilter(const QString &filter, QString *error);

// Applies a PatchOp body's Operations to a resource's JSON. Error response or nullopt.
std::optional<HttpResponse> applyPatch(const QJsonObject &patchBody, QJsonObject *resource);

// "true"/"True"/true → true (Entra sends booleans as strings); nullopt when not a boolean.
std::optional<bool> toBool(const QJsonValue &v);

} // namespace izdesk::server::scim
