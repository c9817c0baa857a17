package org.resulta.identity.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator of a production (non-demo) installation. */
@ConfigurationProperties("resulta.admin")
record AdministratorProperties(String username, String password) {
}
