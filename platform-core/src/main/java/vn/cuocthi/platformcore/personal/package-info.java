/**
 * Contestants' personal data at rest (Decree 13/2023/NĐ-CP): AES-GCM sealing with rotatable keys kept outside the
 * database, keyed look-up hashes for uniqueness and sign-in, the start-up migration of rows still in clear, the
 * re-encryption to the current key, and the masks of public views. Part of platform-core's published API (named
 * interface {@code personal}).
 */
@NamedInterface("personal")
package vn.cuocthi.platformcore.personal;

import org.springframework.modulith.NamedInterface;
