<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>annotations</name>
    <message>
        <location filename="../../ui/annotationcommands.cpp" line="+18"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+46"/>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Compare news articles about one event side by side.
With --json, --pdf, --html, --csv-conflicts or --csv-quotes, writes reports without a window;
otherwise opens the FILEs in the Parallax window.</source>
        <translation>Vergleicht Nachrichtenartikel über ein Ereignis nebeneinander.
Mit --json, --pdf, --html, --csv-conflicts oder --csv-quotes werden Berichte ohne Fenster geschrieben;
sonst werden die DATEIEN (FILE) im Parallax-Fenster geöffnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the comparison report as JSON to OUT (- for standard output).</source>
        <translation>Den Vergleichsbericht als JSON nach OUT schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the annotated PDF report to OUT.</source>
        <translation>Den kommentierten PDF-Bericht nach OUT schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a self-contained HTML report to OUT (- for standard output).</source>
        <translation>Einen eigenständigen HTML-Bericht nach OUT schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the conflicts as CSV to OUT (- for standard output).</source>
        <translation>Die Widersprüche als CSV nach OUT schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the quotes as CSV to OUT (- for standard output); a column marks the shared ones.</source>
        <translation>Die Zitate als CSV nach OUT schreiben (- für die Standardausgabe); eine Spalte kennzeichnet die gemeinsamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare the articles saved in the session FILE (with its notes and corrections, in its pane order, hidden panes left out); FILEs given as well are added to them.</source>
        <translation>Die in der Sitzungsdatei FILE gespeicherten Artikel vergleichen (mit ihren Notizen und Korrekturen, in ihrer Spaltenreihenfolge, ohne ausgeblendete Spalten); zusätzlich angegebene Dateien kommen hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper of the PDF: A4 (default) or Letter.</source>
        <translation>Papierformat des PDF: A4 (Standard) oder Letter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the session&apos;s notes out of the PDF and HTML reports.</source>
        <translation>Die Notizen der Sitzung nicht in den PDF- und HTML-Bericht übernehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare on N threads (default: one per core); the report is the same for any N.</source>
        <translation>Auf N Threads vergleichen (Vorgabe: einer je Prozessorkern); der Bericht ist für jedes N derselbe.</translation>
    </message>
    <message>
        <location filename="../../ui/windowoptions.cpp" line="+11"/>
        <source>Window only: once the FILEs are loaded, save a PNG of the window to PNG and exit.</source>
        <translation>Nur Fenster: Nach dem Laden der Dateien ein Bild des Fensters als PNG nach PNG speichern und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window only: start in aligned rows or in original order.</source>
        <translation>Nur Fenster: in ausgerichteten Zeilen (aligned) oder in Originalreihenfolge (original) starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window only: use a dark Fusion palette (for screenshots).</source>
        <translation>Nur Fenster: eine dunkle Fusion-Palette verwenden (für Bildschirmfotos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window only: window size for --screenshot (default 1400x800).</source>
        <translation>Nur Fenster: Fenstergröße für --screenshot (Standard 1400x800).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+9"/>
        <source>Articles to compare (.txt, .md, .html, .docx, .odt, .pdf), or folders of them.</source>
        <translation>Zu vergleichende Artikel (.txt, .md, .html, .docx, .odt, .pdf) oder Ordner mit solchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parallax: %1

%2</source>
        <translation>parallax: %1

%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exit codes: 0 ok, 1 usage, 2 an input or session could not be loaded, 3 a report could not be written.</source>
        <translation>Rückgabewerte: 0 erfolgreich, 1 falscher Aufruf, 2 eine Eingabe oder Sitzung konnte nicht geladen werden, 3 ein Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parallax: --json, --pdf, --html, --csv-conflicts or --csv-quotes OUT needs at least one FILE or a --session

%1</source>
        <translation>parallax: --json, --pdf, --html, --csv-conflicts oder --csv-quotes OUT braucht mindestens eine Datei (FILE) oder eine --session

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parallax: --page-size must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>parallax: --page-size muss A4 oder Letter sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parallax: --threads must be a number from 1 to 256, not &quot;%1&quot;</source>
        <translation>parallax: --threads muss eine Zahl von 1 bis 256 sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax: --pdf needs a file name, not standard output</source>
        <translation>parallax: --pdf braucht einen Dateinamen, nicht die Standardausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parallax: this build cannot write PDF</source>
        <translation>parallax: dieser Build kann kein PDF schreiben</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>parallax: every article of the session is hidden; nothing to report</source>
        <translation>parallax: alle Artikel der Sitzung sind ausgeblendet; es gibt nichts zu berichten</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="+90"/>
        <source>parallax: no display found (DISPLAY/WAYLAND_DISPLAY unset).
Use &apos;parallax --json OUT FILE...&apos; for a headless report.
</source>
        <translation>parallax: keine Anzeige gefunden (DISPLAY/WAYLAND_DISPLAY nicht gesetzt).
Für einen Bericht ohne Anzeige: &apos;parallax --json OUT FILE...&apos;
</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowlauncher.cpp" line="+37"/>
        <source>parallax: cannot write screenshot %1</source>
        <translation>parallax: kann das Bildschirmfoto %1 nicht schreiben</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>parallax: --layout must be &apos;aligned&apos; or &apos;original&apos;</source>
        <translation>parallax: --layout muss &apos;aligned&apos; oder &apos;original&apos; sein</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <location filename="../../app/document/documentfromarticle.cpp" line="+22"/>
        <source>too many paragraphs (more than %1, the limit)</source>
        <translation>zu viele Absätze (mehr als %1, die Obergrenze)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no readable text found</source>
        <translation>kein lesbarer Text gefunden</translation>
    </message>
    <message>
        <location filename="../../app/document/docxparser.cpp" line="+67"/>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation>%1 ist kein wohlgeformtes XML (Zeile %2: %3)</translation>
    </message>
    <message>
        <location filename="../../app/document/loaddocument.cpp" line="+84"/>
        <source>Word 97-2003 documents (.doc) are not supported; save it as .docx and open that</source>
        <translation>Word-97-2003-Dokumente (.doc) werden nicht unterstützt; speichern Sie es als .docx und öffnen Sie diese Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF support not available in this build</source>
        <translation>PDF-Unterstützung ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file does not exist</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied: the file is not readable</source>
        <translation>Zugriff verweigert: die Datei ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>file is too large (%1; the limit is %2)</source>
        <translation>Datei ist zu groß (%1; die Obergrenze ist %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a text file (it contains binary data)</source>
        <translation>keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>file contains only white space</source>
        <translation>Datei enthält nur Leerraum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HTML is nested too deeply (more than %1 levels)</source>
        <translation>HTML ist zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>folder contains no supported files (%1)</source>
        <translation>Ordner enthält keine unterstützten Dateien (%1)</translation>
    </message>
    <message>
        <location filename="../../app/document/odtparser.cpp" line="+44"/>
        <source>content.xml is not well-formed XML (line %1: %2)</source>
        <translation>content.xml ist kein wohlgeformtes XML (Zeile %1: %2)</translation>
    </message>
    <message>
        <location filename="../../app/document/officeloader.cpp" line="+39"/>
        <source>not a Word document: %1</source>
        <translation>kein Word-Dokument: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Word document: word/document.xml is missing</source>
        <translation>kein Word-Dokument: word/document.xml fehlt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>damaged Word document: %1</source>
        <translation>beschädigtes Word-Dokument: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not an OpenDocument text: %1</source>
        <translation>kein OpenDocument-Text: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an OpenDocument text: content.xml is missing</source>
        <translation>kein OpenDocument-Text: content.xml fehlt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>damaged OpenDocument text: %1</source>
        <translation>beschädigter OpenDocument-Text: %1</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/pdfloader.cpp" line="+73"/>
        <source>not a PDF file (no %PDF header)</source>
        <translation>keine PDF-Datei (kein %PDF-Kopf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>damaged PDF: it cannot be parsed</source>
        <translation>beschädigtes PDF: es kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF is password-protected; open it in a PDF viewer and save an unprotected copy</source>
        <translation>PDF ist passwortgeschützt; öffnen Sie es in einem PDF-Betrachter und speichern Sie eine ungeschützte Kopie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged PDF: no pages can be read</source>
        <translation>beschädigtes PDF: keine Seite kann gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many pages (%1; the limit is %2)</source>
        <translation>zu viele Seiten (%1; die Obergrenze ist %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>damaged PDF: the file is truncated and no text could be recovered</source>
        <translation>beschädigtes PDF: die Datei ist abgeschnitten und kein Text konnte gerettet werden</translation>
    </message>
    <message>
        <location filename="../../app/document/zipreader.cpp" line="+42"/>
        <source>not a valid zip archive (%1)</source>
        <translation>kein gültiges ZIP-Archiv (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is missing from the archive</source>
        <translation>%1 fehlt im Archiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 inflates to more than %2 (a zip bomb or a damaged file)</source>
        <translation>%1 entpackt sich auf mehr als %2 (eine ZIP-Bombe oder eine beschädigte Datei)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged (%2)</source>
        <translation>%1 ist beschädigt (%2)</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationDialog</name>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="+23"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What about this passage?</source>
        <translation>Was ist an dieser Stelle wichtig?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the highlight colour</source>
        <translation>Hervorhebungsfarbe wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note Colour</source>
        <translation>Farbe der Notiz</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsDock</name>
    <message>
        <location filename="../../ui/annotationsdock.cpp" line="+68"/>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by outlet</source>
        <translation>Nach Medium filtern</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All outlets</source>
        <translation>Alle Medien</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsModel</name>
    <message>
        <location filename="../../ui/annotationsmodel.cpp" line="+40"/>
        <source>(closed article)</source>
        <translation>(geschlossener Artikel)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This note&apos;s text was not found again: %1</source>
        <translation>Der Text dieser Notiz wurde nicht wiedergefunden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disputed</source>
        <translation>umstritten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key quote</source>
        <translation>Schlüsselzitat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>follow up</source>
        <translation>nachverfolgen</translation>
    </message>
</context>
<context>
    <name>parallax::ArticleActions</name>
    <message>
        <location filename="../../ui/articleactions.cpp" line="+25"/>
        <source>Ar&amp;ticles</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Article &amp;Left</source>
        <translation>Artikel nach &amp;links</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Article Ri&amp;ght</source>
        <translation>Artikel nach r&amp;echts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make Article the &amp;Pivot</source>
        <translation>Artikel zur Re&amp;ferenz machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare every other article with the one that has the focus</source>
        <translation>Alle anderen Artikel mit dem Artikel vergleichen, der den Fokus hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide Article</source>
        <translation>Artikel a&amp;usblenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close Article</source>
        <translation>Artikel &amp;schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Show &amp;Source</source>
        <translation>&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Show the article&apos;s HTML or Markdown as the outlet wrote it</source>
        <translation>HTML oder Markdown des Artikels so anzeigen, wie das Medium es geschrieben hat</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Right</source>
        <translation>Nach &amp;rechts verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the &amp;Pivot</source>
        <translation>Zur Re&amp;ferenz machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide this article&apos;s pane</source>
        <translation>Die Spalte dieses Artikels ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonController</name>
    <message>
        <location filename="../../ui/comparisoncontroller.cpp" line="+53"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Comparing</source>
        <translation>Wird verglichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop comparing; the panes keep the previous result</source>
        <translation>Vergleich abbrechen; die Spalten behalten das vorige Ergebnis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Paste as New Article…</source>
        <translation>Als neuen Artikel &amp;einfügen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the text on the clipboard as another article</source>
        <translation>Den Text aus der Zwischenablage als weiteren Artikel hinzufügen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Loading 1 file…</source>
        <translation>1 Datei wird geladen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading %1 files…</source>
        <translation>%1 Dateien werden geladen …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open this file:</source>
        <translation>Diese Datei konnte nicht geöffnet werden:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not open these %1 files:</source>
        <translation>Diese %1 Dateien konnten nicht geöffnet werden:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened %1 of %2 files</source>
        <translation>%1 von %2 Dateien geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened 1 article</source>
        <translation>1 Artikel geöffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened %1 articles</source>
        <translation>%1 Artikel geöffnet</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Comparison cancelled</source>
        <translation>Vergleich abgebrochen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Compared %1 articles: %2 rows, %3 shared quotes, %4 conflicts</source>
        <translation>%1 Artikel verglichen: %2 Zeilen, %3 gemeinsame Zitate, %4 Widersprüche</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The clipboard holds no text</source>
        <translation>Die Zwischenablage enthält keinen Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Paste as New Article</source>
        <translation>Als neuen Artikel einfügen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The clipboard holds no text to add.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Hinzufügen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken from the first line when empty</source>
        <translation>Leer: aus der ersten Zeile übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonDocks</name>
    <message>
        <location filename="../../ui/comparisondocks.cpp" line="+22"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click an outlet, title or date to correct it</source>
        <translation>Doppelklick auf Medium, Titel oder Datum, um es zu korrigieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pa&amp;nels</source>
        <translation>&amp;Bereiche</translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonNavigator</name>
    <message>
        <location filename="../../ui/comparisonnavigator.cpp" line="+36"/>
        <source>Difference in %1</source>
        <translation>Unterschied in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No more differences below</source>
        <translation>Keine weiteren Unterschiede weiter unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No more differences above</source>
        <translation>Keine weiteren Unterschiede weiter oben</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No conflicts found</source>
        <translation>Keine Widersprüche gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No more conflicts</source>
        <translation>Keine weiteren Widersprüche</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No shared quotes found</source>
        <translation>Keine gemeinsamen Zitate gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No more quotes</source>
        <translation>Keine weiteren Zitate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conflict %1 of %2: %3</source>
        <translation>Widerspruch %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quote %1 of %2%3</source>
        <translation>Zitat %1 von %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonTextView</name>
    <message>
        <location filename="../../ui/comparisontextview.cpp" line="+120"/>
        <source>&lt;b&gt;Conflicting %1&lt;/b&gt;: %2&lt;table cellspacing=&apos;4&apos;&gt;</source>
        <translation>&lt;b&gt;Widersprüchliche Angabe (%1)&lt;/b&gt;: %2&lt;table cellspacing=&apos;4&apos;&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Quote&lt;/b&gt; (%1)%2&lt;br&gt;Quoted by: %3</source>
        <translation>&lt;b&gt;Zitat&lt;/b&gt; (%1)%2&lt;br&gt;Zitiert von: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verbatim in every outlet</source>
        <translation>wörtlich gleich in jedem Medium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wording varies</source>
        <translation>Wortlaut weicht ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worded differently from the pivot (%1)</source>
        <translation>Anders formuliert als in der Referenz (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the pivot (%1)</source>
        <translation>Nicht in der Referenz (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long passage shared with other outlets, outside quotation marks</source>
        <translation>Lange Passage, die auch andere Medien haben, außerhalb von Anführungszeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 has this paragraph</source>
        <translation>Nur %1 hat diesen Absatz</translation>
    </message>
</context>
<context>
    <name>parallax::ConflictsModel</name>
    <message>
        <location filename="../../ui/conflictsmodel.cpp" line="+47"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2), published %3</source>
        <translation>%1 (%2), veröffentlicht %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>percent</source>
        <translation>Prozentwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
</context>
<context>
    <name>parallax::DialogPrompts</name>
    <message>
        <location filename="../../ui/sessionprompts.cpp" line="+25"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session has notes or corrections that are not saved. Save them?</source>
        <translation>Die Sitzung enthält ungespeicherte Notizen oder Korrekturen. Speichern?</translation>
    </message>
</context>
<context>
    <name>parallax::DocumentPane</name>
    <message>
        <location filename="../../ui/documentpane.cpp" line="+96"/>
        <location line="+85"/>
        <source>How much of this article matches the pivot article</source>
        <translation>Wie viel dieses Artikels mit dem Referenzartikel übereinstimmt</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Close this article</source>
        <translation>Diesen Artikel schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close article</source>
        <translation>Artikel schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This article has no text.</source>
        <translation>Dieser Artikel enthält keinen Text.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Pivot</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% like pivot</source>
        <translation>%1 % ähnlich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · outlier</source>
        <translation>%1 · Ausreißer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reports %1; the others %2; %3</source>
        <translation>berichtet %1; die anderen %2; %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This article seems to be about something else: %1</source>
        <translation>Dieser Artikel scheint von etwas anderem zu handeln: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>shares %1 of %2 paragraphs with the others</source>
        <translation>hat %1 von %2 Absätzen mit den anderen gemeinsam</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+47"/>
        <source>Unknown outlet</source>
        <translation>Unbekanntes Medium</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2</source>
        <comment>time, UTC offset</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>parallax::EmptyState</name>
    <message>
        <location filename="../../ui/emptystate.cpp" line="+14"/>
        <source>&amp;Open Articles…</source>
        <translation>Artikel ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open articles to compare</source>
        <translation>Artikel zum Vergleichen öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press %1 or drop files here. Parallax shows the articles side by side.</source>
        <translation>Drücken Sie %1 oder ziehen Sie Dateien hierher. Parallax zeigt die Artikel nebeneinander.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Recently opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>parallax::ExportController</name>
    <message>
        <location filename="../../ui/exportcontroller.cpp" line="+39"/>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF Report…</source>
        <translation>&amp;PDF-Bericht …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HTML Report…</source>
        <translation>&amp;HTML-Bericht …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV of &amp;Conflicts…</source>
        <translation>CSV der &amp;Widersprüche …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV of &amp;Quotes…</source>
        <translation>CSV der &amp;Zitate …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON Report…</source>
        <translation>&amp;JSON-Bericht …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to export yet: the comparison is not finished.</source>
        <translation>Noch nichts zu exportieren: Der Vergleich ist nicht fertig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no comparison</source>
        <translation>kein Vergleich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export:</source>
        <translation>Export fehlgeschlagen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing to export yet: open articles and wait for the comparison.</source>
        <translation>Noch nichts zu exportieren: Öffnen Sie Artikel und warten Sie auf den Vergleich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export PDF Report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export HTML Report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing to print yet: open articles and wait for the comparison.</source>
        <translation>Noch nichts zu drucken: Öffnen Sie Artikel und warten Sie auf den Vergleich.</translation>
    </message>
</context>
<context>
    <name>parallax::ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="+17"/>
        <source>&amp;Words that differ from the pivot</source>
        <translation>&amp;Wörter, die von der Referenz abweichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes found in several articles</source>
        <translation>&amp;Zitate, die in mehreren Artikeln vorkommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicting details</source>
        <translation>Wider&amp;sprüchliche Angaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Articles:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Highlights:</source>
        <translation>Hervorhebungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations:</source>
        <translation>Anmerkungen:</translation>
    </message>
</context>
<context>
    <name>parallax::FindBar</name>
    <message>
        <location filename="../../ui/findbar.cpp" line="+23"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Find in all articles</source>
        <translation>In allen Artikeln suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in 1 article</source>
        <translation>in 1 Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in %1 articles</source>
        <translation>in %1 Artikeln</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>parallax::LegendWidget</name>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="+22"/>
        <source>Worded differently from the pivot</source>
        <translation>Abweichend von der Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the pivot</source>
        <translation>Nicht in der Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared quote (one tint per quote)</source>
        <translation>Gemeinsames Zitat (Farbe je Zitat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote worded differently (dashed)</source>
        <translation>Zitat anders formuliert (gestrichelt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting detail (hover for claims)</source>
        <translation>Widerspruch (Aussagen im Tooltip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long shared unquoted passage</source>
        <translation>Lange übernommene Passage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in this outlet</source>
        <translation>Nur in diesem Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article has no such paragraph</source>
        <translation>Artikel hat keinen solchen Absatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boilerplate (dimmed)</source>
        <translation>Textbaustein (abgeblendet)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>parallax::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+117"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open articles to compare, or a saved .parallax session</source>
        <translation>Artikel zum Vergleichen oder eine gespeicherte .parallax-Sitzung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open every supported article in a folder</source>
        <translation>Alle unterstützten Artikel eines Ordners öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close All</source>
        <translation>&amp;Alle schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close every open article</source>
        <translation>Alle geöffneten Artikel schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Ne&amp;xt</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts s&amp;uchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Parallax</source>
        <translation>Ü&amp;ber Parallax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Articles and sessions (%1 *.parallax)</source>
        <translation>Artikel und Sitzungen (%1 *.parallax)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parallax sessions (*.parallax)</source>
        <translation>Parallax-Sitzungen (*.parallax)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>About Parallax</source>
        <translation>Über Parallax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Puts several news articles about one event side by side and shows what they share and where they disagree.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Stellt mehrere Nachrichtenartikel über ein Ereignis nebeneinander und zeigt, was sie gemeinsam haben und worin sie sich widersprechen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Aligned Rows</source>
        <translation>&amp;Ausgerichtete Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corresponding paragraphs side by side, gaps where an article has none</source>
        <translation>Entsprechende Absätze nebeneinander, Lücken, wo ein Artikel keinen hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Original Order</source>
        <translation>&amp;Originalreihenfolge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each article as written, ribbons joining corresponding paragraphs</source>
        <translation>Jeder Artikel wie geschrieben, Bänder verbinden entsprechende Absätze</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom O&amp;ut</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;Conflict</source>
        <translation>Nächster &amp;Widerspruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous C&amp;onflict</source>
        <translation>Vorheriger W&amp;iderspruch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;Quote</source>
        <translation>Nächstes &amp;Zitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Q&amp;uote</source>
        <translation>Vorheriges Zi&amp;tat</translation>
    </message>
</context>
<context>
    <name>parallax::MessageBar</name>
    <message>
        <location filename="../../ui/messagebar.cpp" line="+36"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Message details</source>
        <translation>Details der Meldung</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>parallax::OverviewRuler</name>
    <message>
        <location filename="../../ui/overviewruler.cpp" line="+15"/>
        <source>Overview: red = conflict, tinted = quote, purple = only in this outlet. Click to jump.</source>
        <translation>Übersicht: rot = Widerspruch, getönt = Zitat, violett = nur in diesem Medium. Klicken springt dorthin.</translation>
    </message>
</context>
<context>
    <name>parallax::QuotesModel</name>
    <message>
        <location filename="../../ui/quotesmodel.cpp" line="+45"/>
        <source>(unattributed)</source>
        <translation>(ohne Urheber)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>variant</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
</context>
<context>
    <name>parallax::RecentFiles</name>
    <message>
        <location filename="../../ui/recentfiles.cpp" line="+68"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>parallax::RecoveryDialog</name>
    <message>
        <location filename="../../ui/recoverydialog.cpp" line="+18"/>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unsaved session</source>
        <translation>einer ungespeicherten Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the session %1</source>
        <translation>der Sitzung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallax did not close properly. An autosave of %1 from %2 was found.</source>
        <translation>Parallax wurde nicht ordnungsgemäß beendet. Eine automatische Sicherung %1 vom %2 wurde gefunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show Differences</source>
        <translation>&amp;Unterschiede anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The autosave holds the same notes and corrections as the saved session.</source>
        <translation>Die automatische Sicherung enthält dieselben Notizen und Korrekturen wie die gespeicherte Sitzung.</translation>
    </message>
</context>
<context>
    <name>parallax::SessionController</name>
    <message>
        <location filename="../../ui/sessioncontroller.cpp" line="+49"/>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annotate the selected text with a note, a tag and a colour</source>
        <translation>Den markierten Text mit einer Notiz, einem Schlagwort und einer Farbe versehen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Save Session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the articles, corrections and notes as a .parallax session</source>
        <translation>Die Artikel, Korrekturen und Notizen als .parallax-Sitzung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select some text in an article to add a note</source>
        <translation>Markieren Sie Text in einem Artikel, um eine Notiz hinzuzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This note&apos;s text was not found again: %1</source>
        <translation>Der Text dieser Notiz wurde nicht wiedergefunden: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not save the session:</source>
        <translation>Die Sitzung konnte nicht gespeichert werden:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>comparison.parallax</source>
        <translation>vergleich.parallax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parallax sessions (*.parallax)</source>
        <translation>Parallax-Sitzungen (*.parallax)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not open this session:</source>
        <translation>Diese Sitzung konnte nicht geöffnet werden:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Opened session %1</source>
        <translation>Sitzung %1 geöffnet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Autosave is off: %1</source>
        <translation>Automatisches Speichern ist aus: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>parallax::SimilarityModel</name>
    <message>
        <location filename="../../ui/similaritymodel.cpp" line="+52"/>
        <source>%1%</source>
        <extracomment>A similarity in per cent; German puts a space before the sign.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2: %3% alike. Click to show them side by side; double-click to make %1 the pivot.</source>
        <translation>%1 und %2: %3 % ähnlich. Klicken zeigt sie nebeneinander; Doppelklick macht %1 zur Referenz.</translation>
    </message>
</context>
<context>
    <name>parallax::SourceView</name>
    <message>
        <location filename="../../ui/sourceview.cpp" line="+43"/>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A %1 file has no markup source; this is the text read from it.</source>
        <translation>Eine %1-Datei hat keinen Auszeichnungs-Quelltext; dies ist der daraus gelesene Text.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plain text: no %1 syntax definition was found.</source>
        <translation>Reiner Text: Keine Syntaxdefinition für %1 gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain text: this build has no syntax highlighting (KSyntaxHighlighting was not found).</source>
        <translation>Reiner Text: Dieser Build hat keine Syntaxhervorhebung (KSyntaxHighlighting wurde nicht gefunden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No source is available for this document.</source>
        <translation>Für dieses Dokument ist kein Quelltext verfügbar.</translation>
    </message>
</context>
<context>
    <name>parallax::SourcesModel</name>
    <message>
        <location filename="../../ui/sourcesmodel.cpp" line="+52"/>
        <source>(pasted)</source>
        <translation>(eingefügt)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>parallax::TableDock</name>
    <message>
        <location filename="../../ui/tabledock.cpp" line="+23"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../app/report/pdfreport.cpp" line="+474"/>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>cannot start the PDF %1</source>
        <translation>kann das PDF %1 nicht beginnen</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../app/session/autosavestore.cpp" line="+71"/>
        <source>cannot create the autosave folder %1</source>
        <translation>kann den Ordner für automatische Sicherungen %1 nicht anlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the autosave marker in %1</source>
        <translation>kann die Markierung der automatischen Sicherung in %1 nicht schreiben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write %1</source>
        <translation>kann %1 nicht schreiben</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the saved file cannot be read (%1)</source>
        <translation>die gespeicherte Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../app/session/reanchor.cpp" line="+173"/>
        <source>the annotation has no quoted text to look for</source>
        <translation>die Notiz hat keinen zitierten Text, nach dem gesucht werden kann</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the document has no paragraphs</source>
        <translation>das Dokument hat keine Absätze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paragraph %1 no longer exists and “%2” is nowhere in the document</source>
        <translation>Absatz %1 existiert nicht mehr und „%2“ steht nirgends im Dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is no longer in the document (not even with up to %2 edited characters)</source>
        <translation>„%1“ steht nicht mehr im Dokument (auch nicht mit bis zu %2 geänderten Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/session/sessiondiff.cpp" line="+26"/>
        <location line="+5"/>
        <source>(as loaded)</source>
        <translation>(wie geladen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>annotation %1 added: &quot;%2&quot;</source>
        <translation>Notiz %1 hinzugefügt: „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anchor</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orphaned state</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annotation %1 changed (%2)</source>
        <translation>Notiz %1 geändert (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotation %1 removed: &quot;%2&quot;</source>
        <translation>Notiz %1 entfernt: „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>article added: %1</source>
        <translation>Artikel hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: title %2 -&gt; %3</source>
        <translation>%1: Titel %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: outlet %2 -&gt; %3</source>
        <translation>%1: Medium %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: date %2 -&gt; %3</source>
        <translation>%1: Datum %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>article removed: %1</source>
        <translation>Artikel entfernt: %1</translation>
    </message>
    <message>
        <location filename="../../app/session/sessionio.cpp" line="+149"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+10"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+48"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>expected a non-negative integer</source>
        <translation>nicht negative ganze Zahl erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not an ISO 8601 date: &quot;%1&quot;</source>
        <translation>kein Datum nach ISO 8601: „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not an ISO 8601 time: &quot;%1&quot;</source>
        <translation>keine Zeitangabe nach ISO 8601: „%1“</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+68"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unbekannte Rolle „%1“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no document has the key &quot;%1&quot;</source>
        <translation>kein Dokument hat den Schlüssel „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before start</source>
        <translation>liegt vor dem Anfang</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not valid JSON (%1 at byte %2); the file may be truncated or corrupt</source>
        <translation>kein gültiges JSON (%1 bei Byte %2); die Datei ist vielleicht abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Parallax session (the top level is not a JSON object)</source>
        <translation>keine Parallax-Sitzung (die oberste Ebene ist kein JSON-Objekt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a Parallax session (no &quot;schema&quot; naming %1)</source>
        <translation>keine Parallax-Sitzung (kein „schema“, das %1 nennt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the session was saved by a newer Parallax (%1); this version reads only %2</source>
        <translation>die Sitzung wurde von einem neueren Parallax gespeichert (%1); diese Version liest nur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown session schema &quot;%1&quot;; this version reads only %2</source>
        <translation>unbekanntes Sitzungsschema „%1“; diese Version liest nur %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>documents[%1].key: &quot;%2&quot; is used twice</source>
        <translation>documents[%1].key: „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>view: no document has the key &quot;%1&quot;</source>
        <translation>view: kein Dokument hat den Schlüssel „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>session %1 is too large (%2 MB; the limit is %3 MB)</source>
        <translation>Sitzung %1 ist zu groß (%2 MB; die Obergrenze ist %3 MB)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read session %1: not a regular file</source>
        <translation>kann die Sitzung %1 nicht lesen: keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open session %1: %2</source>
        <translation>kann die Sitzung %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read session %1: %2</source>
        <translation>kann die Sitzung %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save session %1: %2</source>
        <translation>kann die Sitzung %1 nicht speichern: %2</translation>
    </message>
</context>
</TS>
