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
        <location filename="../../ui/mainwindowlauncher.cpp" line="+51"/>
        <source>Save a PNG of the window once loading finished, then exit.</source>
        <translation>Nach dem Laden ein PNG des Fensters speichern und beenden.</translation>
    </message>
</context>
<context>
    <name>parallax::DocumentPane</name>
    <message>
        <location filename="../../ui/documentpane.cpp" line="+80"/>
        <source>This article has no text.</source>
        <translation>Dieser Artikel enthält keinen Text.</translation>
    </message>
    <message>
        <location line="+39"/>
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
    <name>parallax::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+81"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <source>Open one or more articles to compare</source>
        <translation>Einen oder mehrere Artikel zum Vergleichen öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close All</source>
        <translation>Alle &amp;schließen</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+20"/>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading 1 file…</source>
        <translation>1 Datei wird geladen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading %1 files…</source>
        <translation>%1 Dateien werden geladen …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open this file:</source>
        <translation>Diese Datei konnte nicht geöffnet werden:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not open these %1 files:</source>
        <translation>Diese %1 Dateien konnten nicht geöffnet werden:</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+25"/>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Parallax</source>
        <translation>Über Parallax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Puts several news articles about one event side by side and shows what they share and where they disagree.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Stellt mehrere Nachrichtenartikel über ein Ereignis nebeneinander und zeigt, was sie gemeinsam haben und worin sie sich widersprechen.&lt;/p&gt;</translation>
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
</TS>
