/**
 * User accounts: who exists, how their passwords are kept (Argon2id), and who is an administrator.
 * Projects name users as owners and maintainers; tokens act for a user.
 */
package dev.larder.accounts;
