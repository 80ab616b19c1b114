/**
 * Documents Hoshin issues: {@link jp.hoshin.document.PdfDocuments} turns XHTML into PDF with the
 * Japanese font the project ships (Noto Sans JP, SIL OFL, in {@code resources/fonts}), never a font
 * that happens to be on the machine; {@link jp.hoshin.document.IssuedDocuments} keeps issued files in
 * PostgreSQL so that every instance serves the same bytes and nothing lives on one instance's disk.
 */
@ApplicationModule(displayName = "Documents")
@NullMarked
package jp.hoshin.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
