# Install rules and Debian packaging (CPack DEB) for IZ Desk.
# Included from the top-level CMakeLists.txt after every target is defined:
#
#   cmake --build --preset dev && (cd build/dev && cpack -G DEB)
#
# installs under /usr: bin/izdesk, bin/izdesk-server (side by side, so the client finds the
# server for the Local sandbox), the desktop entry, AppStream metadata, the icon and the
# systemd unit for the server.
include(GNUInstallDirs)

set(IZDESK_APP_ID "io.izdesk.IZDesk")
set(_izdesk_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")

# Programs.
foreach(_izdesk_program IN ITEMS izdesk izdesk-server)
    if(TARGET ${_izdesk_program})
        install(TARGETS ${_izdesk_program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()

# Our libraries are static today; should one become shared, ship it too.
foreach(_izdesk_library IN ITEMS izdesk_models izdesk_server izdesk_services izdesk_widgets)
    if(TARGET ${_izdesk_library})
        get_target_property(_izdesk_library_type ${_izdesk_library} TYPE)
        if(_izdesk_library_type STREQUAL "SHARED_LIBRARY")
            install(TARGETS ${_izdesk_library} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
        endif()
    endif()
endforeach()

# Desktop integration (client only).
if(TARGET izdesk)
    install(FILES "${_izdesk_packaging_dir}/${IZDESK_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${_izdesk_packaging_dir}/${IZDESK_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    if(EXISTS "${PROJECT_SOURCE_DIR}/resources/icons/izdesk.svg")
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/izdesk.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${IZDESK_APP_ID}.svg)
    endif()
endif()

# The server as a system service (installed to /usr/lib/systemd/system with the /usr prefix).
if(TARGET izdesk-server)
    install(FILES "${_izdesk_packaging_dir}/izdesk-server.service"
        DESTINATION lib/systemd/system)
endif()

# Debian keeps documentation in /usr/share/doc/<package>.
set(_izdesk_docdir ${CMAKE_INSTALL_DATADIR}/doc/izdesk)
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION ${_izdesk_docdir})
if(EXISTS "${PROJECT_SOURCE_DIR}/docs/user-guide.md")
    install(FILES "${PROJECT_SOURCE_DIR}/docs/user-guide.md" DESTINATION ${_izdesk_docdir})
endif()
if(EXISTS "${PROJECT_SOURCE_DIR}/docs/api/openapi.yaml")
    install(FILES "${PROJECT_SOURCE_DIR}/docs/api/openapi.yaml" DESTINATION ${_izdesk_docdir})
endif()

# CPack: one Debian package, dependencies computed by dpkg-shlibdeps.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "izdesk")
set(CPACK_PACKAGE_VENDOR "IZ Desk developers")
set(CPACK_PACKAGE_CONTACT "IZ Desk developers <izdesk@example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Help desk workstation for an Immunization Information System")
set(CPACK_PACKAGE_DESCRIPTION
    "IZ Desk is the desktop workstation (izdesk) of the help desk of a state Immunization
Information System, with its reference backend (izdesk-server): a REST JSON API over
SQLite or PostgreSQL, run as a systemd service.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "IZ Desk developers <izdesk@example.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as Qt plugins at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql, gnome-keyring | kwalletmanager")

include(CPack)
