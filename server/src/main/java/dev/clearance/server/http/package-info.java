/** HTTP plumbing shared by every service: routing with roles, API-key access, JSON input and the error shape. */
package dev.clearance.server.http;
