<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <source>start a new case</source>
        <translation>einen neuen Fall beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>open a case file</source>
        <translation>eine Falldatei öffnen</translation>
    </message>
    <message>
        <source>Open from team store…</source>
        <translation>Aus der Team-Ablage öffnen…</translation>
    </message>
    <message>
        <source>open one of your cases from the team store (your service's PostgreSQL server)</source>
        <translation>einen Ihrer Fälle aus der Team-Ablage öffnen (dem PostgreSQL-Server Ihres Dienstes)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>read Ecomap JSON, easyNWK or GraphML, as a new case or as versions of this one</source>
        <translation>Ecomap-JSON, easyNWK oder GraphML einlesen, als neuen Fall oder als Versionen dieses Falls</translation>
    </message>
    <message>
        <source>C&amp;lear recent files</source>
        <translation>Liste „Zuletzt geöffnet“ &amp;leeren</translation>
    </message>
    <message>
        <source>empty File &gt; Open recent and forget the last folder used (the case files stay)</source>
        <translation>Datei &gt; Zuletzt geöffnet leeren und den zuletzt benutzten Ordner vergessen (die Falldateien bleiben)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>save the working map</source>
        <translation>die Arbeitskarte speichern</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>&amp;Version speichern…</translation>
    </message>
    <message>
        <source>save the working map as the next dated version</source>
        <translation>die Arbeitskarte als nächste datierte Version speichern</translation>
    </message>
    <message>
        <source>Save &amp;a copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>write the whole case, the map as it is now included, to a new file</source>
        <translation>den ganzen Fall, einschließlich der Karte in ihrem jetzigen Stand, in eine neue Datei schreiben</translation>
    </message>
    <message>
        <source>Case de&amp;tails…</source>
        <translation>Fall&amp;daten…</translation>
    </message>
    <message>
        <source>the client's name, case reference, worker and case notes: see or change them</source>
        <translation>Name der Klient:in, Aktenzeichen, Fachkraft und Fallnotizen: ansehen oder ändern</translation>
    </message>
    <message>
        <source>Protect wit&amp;h a passphrase…</source>
        <translation>Mit Passphrase sc&amp;hützen…</translation>
    </message>
    <message>
        <source>encrypt the case file: it opens only with the passphrase</source>
        <translation>die Falldatei verschlüsseln: sie öffnet sich nur mit der Passphrase</translation>
    </message>
    <message>
        <source>Chan&amp;ge passphrase…</source>
        <translation>Passphrase &amp;ändern…</translation>
    </message>
    <message>
        <source>protect the case file by a new passphrase instead</source>
        <translation>die Falldatei stattdessen mit einer neuen Passphrase schützen</translation>
    </message>
    <message>
        <source>Remove protection &amp;from the file…</source>
        <translation>Schutz der Datei &amp;aufheben…</translation>
    </message>
    <message>
        <source>write the case file unencrypted: readable by anyone who has it</source>
        <translation>die Falldatei unverschlüsselt schreiben: lesbar für alle, die sie haben</translation>
    </message>
    <message>
        <source>&amp;Export map as image…</source>
        <translation>Karte als &amp;Bild exportieren…</translation>
    </message>
    <message>
        <source>save the map as a PNG or SVG</source>
        <translation>die Karte als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>&amp;PDF-Zusammenfassung exportieren…</translation>
    </message>
    <message>
        <source>the PDF summary for the case file</source>
        <translation>die PDF-Zusammenfassung für die Falldatei</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>the versions as JSON, GraphML or CSV, pseudonymised if asked</source>
        <translation>die Versionen als JSON, GraphML oder CSV, auf Wunsch pseudonymisiert</translation>
    </message>
    <message>
        <source>Cohort summar&amp;y…</source>
        <translation>Kohorten&amp;übersicht…</translation>
    </message>
    <message>
        <source>a PDF of how capital moved across many cases (a folder of case files or the team store), naming no one</source>
        <translation>ein PDF darüber, wie sich Kapital über viele Fälle bewegt hat (ein Ordner mit Falldateien oder die Team-Ablage), ohne Namen</translation>
    </message>
    <message>
        <source>Print &amp;map…</source>
        <translation>Karte d&amp;rucken…</translation>
    </message>
    <message>
        <source>print the map shown, with its legend</source>
        <translation>die angezeigte Karte mit Legende drucken</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>Druckvorscha&amp;u…</translation>
    </message>
    <message>
        <source>see the map's printed page before printing it</source>
        <translation>die gedruckte Seite der Karte vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>Print PDF s&amp;ummary…</source>
        <translation>PDF-Zusa&amp;mmenfassung drucken…</translation>
    </message>
    <message>
        <source>print the PDF summary, or preview it first (pseudonymised if asked)</source>
        <translation>die PDF-Zusammenfassung drucken oder zuerst in der Vorschau ansehen (auf Wunsch pseudonymisiert)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>close the case (and the window)</source>
        <translation>den Fall (und das Fenster) schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>quit Ecomap</source>
        <translation>Ecomap beenden</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>add a person, then type the name</source>
        <translation>eine Person hinzufügen, dann den Namen eingeben</translation>
    </message>
    <message>
        <source>&amp;Tie selected</source>
        <translation>Ausgewählte &amp;verbinden</translation>
    </message>
    <message>
        <source>tie the selected person to the client, or two selected people together</source>
        <translation>die ausgewählte Person mit der Klient:in verbinden oder zwei ausgewählte Personen miteinander</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>rename the selected person</source>
        <translation>die ausgewählte Person umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>delete the selection (the client stays)</source>
        <translation>die Auswahl löschen (die Klient:in bleibt)</translation>
    </message>
    <message>
        <source>Add a&amp;ction about this</source>
        <translation>Schritt &amp;dazu hinzufügen</translation>
    </message>
    <message>
        <source>add an action to the plan about the selected person, place or tie</source>
        <translation>dem Plan einen Schritt zur ausgewählten Person, zum Ort oder zur Beziehung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Find in People and places</source>
        <translation>In Personen und Orte &amp;suchen</translation>
    </message>
    <message>
        <source>type to find a person or place to add (Enter adds it)</source>
        <translation>tippen, um eine Person oder einen Ort zum Hinzufügen zu finden (Enter fügt hinzu)</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>select everyone and every tie</source>
        <translation>alle Personen und alle Beziehungen auswählen</translation>
    </message>
    <message>
        <source>Aut&amp;o-arrange</source>
        <translation>Automatisch a&amp;nordnen</translation>
    </message>
    <message>
        <source>place everyone so that nothing overlaps</source>
        <translation>alle so platzieren, dass sich nichts überlappt</translation>
    </message>
    <message>
        <source>&amp;Bonding (B)</source>
        <translation>&amp;Bindend (B)</translation>
    </message>
    <message>
        <source>selected tie: bonding capital</source>
        <translation>ausgewählte Beziehung: bindendes Kapital</translation>
    </message>
    <message>
        <source>B&amp;ridging (Br)</source>
        <translation>B&amp;rückenbildend (Br)</translation>
    </message>
    <message>
        <source>selected tie: bridging capital</source>
        <translation>ausgewählte Beziehung: brückenbildendes Kapital</translation>
    </message>
    <message>
        <source>&amp;Linking (L)</source>
        <translation>Verknüpfend (&amp;L)</translation>
    </message>
    <message>
        <source>selected tie: linking capital</source>
        <translation>ausgewählte Beziehung: verknüpfendes Kapital</translation>
    </message>
    <message>
        <source>Strong (&amp;1)</source>
        <translation>Stark (&amp;1)</translation>
    </message>
    <message>
        <source>selected tie: strong</source>
        <translation>ausgewählte Beziehung: stark</translation>
    </message>
    <message>
        <source>Moderate (&amp;2)</source>
        <translation>Mittel (&amp;2)</translation>
    </message>
    <message>
        <source>selected tie: moderate</source>
        <translation>ausgewählte Beziehung: mittel</translation>
    </message>
    <message>
        <source>Tenuous (&amp;3)</source>
        <translation>Schwach (&amp;3)</translation>
    </message>
    <message>
        <source>selected tie: tenuous</source>
        <translation>ausgewählte Beziehung: schwach</translation>
    </message>
    <message>
        <source>&amp;Stressful on/off</source>
        <translation>Bela&amp;stend an/aus</translation>
    </message>
    <message>
        <source>selected tie: stressful on or off</source>
        <translation>ausgewählte Beziehung: belastend an oder aus</translation>
    </message>
    <message>
        <source>Next &amp;flow of energy</source>
        <translation>Nächster Energie&amp;fluss</translation>
    </message>
    <message>
        <source>selected tie: next flow of energy (none, to, from, both)</source>
        <translation>ausgewählte Beziehung: nächster Energiefluss (keiner, hin, her, beide)</translation>
    </message>
    <message>
        <source>&amp;No flow marked</source>
        <translation>&amp;Kein Fluss markiert</translation>
    </message>
    <message>
        <source>selected tie: no flow marked</source>
        <translation>ausgewählte Beziehung: kein Energiefluss markiert</translation>
    </message>
    <message>
        <source>Flows to the &amp;second</source>
        <translation>Fließt zum &amp;zweiten Ende</translation>
    </message>
    <message>
        <source>selected tie: flows to the second</source>
        <translation>ausgewählte Beziehung: fließt zum zweiten Ende</translation>
    </message>
    <message>
        <source>Flows to the &amp;first</source>
        <translation>Fließt zum &amp;ersten Ende</translation>
    </message>
    <message>
        <source>selected tie: flows to the first</source>
        <translation>ausgewählte Beziehung: fließt zum ersten Ende</translation>
    </message>
    <message>
        <source>Flows &amp;both ways</source>
        <translation>Fließt in &amp;beide Richtungen</translation>
    </message>
    <message>
        <source>selected tie: flows both ways</source>
        <translation>ausgewählte Beziehung: fließt in beide Richtungen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation>vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation>verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;An Fenster anpassen</translation>
    </message>
    <message>
        <source>the whole map in view</source>
        <translation>die ganze Karte im Blick</translation>
    </message>
    <message>
        <source>Show domain &amp;sectors</source>
        <translation>&amp;Sektoren der Lebensbereiche zeigen</translation>
    </message>
    <message>
        <source>the lines between domains</source>
        <translation>die Linien zwischen den Lebensbereichen</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <source>larger text</source>
        <translation>größere Schrift</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Kle&amp;inere Schrift</translation>
    </message>
    <message>
        <source>smaller text</source>
        <translation>kleinere Schrift</translation>
    </message>
    <message>
        <source>Session mode (full scree&amp;n)</source>
        <translation>Sitzungs&amp;modus (Vollbild)</translation>
    </message>
    <message>
        <source>full screen with the map, its legend and large buttons</source>
        <translation>Vollbild mit der Karte, ihrer Legende und großen Schaltflächen</translation>
    </message>
    <message>
        <source>Leave session mode</source>
        <translation>Sitzungsmodus verlassen</translation>
    </message>
    <message>
        <source>leave session mode (otherwise, on the map: clear the selection)</source>
        <translation>den Sitzungsmodus verlassen (sonst, auf der Karte: die Auswahl aufheben)</translation>
    </message>
    <message>
        <source>&amp;People and places panel</source>
        <translation>Bereich „&amp;Personen und Orte“</translation>
    </message>
    <message>
        <source>show or hide the panel</source>
        <translation>den Bereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Details panel</source>
        <translation>Bereich „&amp;Details“</translation>
    </message>
    <message>
        <source>Le&amp;gend panel</source>
        <translation>Bereich „&amp;Legende“</translation>
    </message>
    <message>
        <source>&amp;History panel: versions, compare, chart</source>
        <translation>Bereich „Verlau&amp;f“: Versionen, Vergleich, Diagramm</translation>
    </message>
    <message>
        <source>show or hide the History panel</source>
        <translation>den Bereich „Verlauf“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Pl&amp;an panel: where the network is thin, actions</source>
        <translation>Bereich „Pla&amp;n“: wo das Netzwerk dünn ist, Schritte</translation>
    </message>
    <message>
        <source>show or hide the Plan panel</source>
        <translation>den Bereich „Plan“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Ne&amp;xt panel</source>
        <translation>Nä&amp;chster Bereich</translation>
    </message>
    <message>
        <source>the keyboard to the next panel (the map, People and places, History, Plan, Details)</source>
        <translation>die Tastatur zum nächsten Bereich (Karte, Personen und Orte, Verlauf, Plan, Details)</translation>
    </message>
    <message>
        <source>Pre&amp;vious panel</source>
        <translation>Vor&amp;heriger Bereich</translation>
    </message>
    <message>
        <source>the keyboard to the previous panel</source>
        <translation>die Tastatur zum vorherigen Bereich</translation>
    </message>
    <message>
        <source>&amp;Changes since the last version</source>
        <translation>Änderungen seit der le&amp;tzten Version</translation>
    </message>
    <message>
        <source>compare the working draft with the latest saved version</source>
        <translation>den Arbeitsentwurf mit der zuletzt gespeicherten Version vergleichen</translation>
    </message>
    <message>
        <source>Ecomap &amp;guide</source>
        <translation>Ecomap-&amp;Leitfaden</translation>
    </message>
    <message>
        <source>what the map shows and how to draw it with a client</source>
        <translation>was die Karte zeigt und wie man sie mit einer Klient:in zeichnet</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>diese Liste</translation>
    </message>
    <message>
        <source>Double-click empty canvas</source>
        <translation>Doppelklick auf leere Fläche</translation>
    </message>
    <message>
        <source>add a person there, then type the name</source>
        <translation>dort eine Person hinzufügen, dann den Namen eingeben</translation>
    </message>
    <message>
        <source>Drag from a person's rim to another</source>
        <translation>Vom Rand einer Person zu einer anderen ziehen</translation>
    </message>
    <message>
        <source>tie them (default capital)</source>
        <translation>sie verbinden (Standard-Kapitalart)</translation>
    </message>
    <message>
        <source>Double-click a person</source>
        <translation>Doppelklick auf eine Person</translation>
    </message>
    <message>
        <source>rename them</source>
        <translation>sie umbenennen</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>select the next / previous person, then the ties</source>
        <translation>die nächste / vorige Person auswählen, danach die Beziehungen</translation>
    </message>
    <message>
        <source>Shift+arrow keys</source>
        <translation>Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <source>add the nearest person that way to the selection</source>
        <translation>die nächstgelegene Person in dieser Richtung zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Arrow keys (Alt: finer)</source>
        <translation>Pfeiltasten (Alt: feiner)</translation>
    </message>
    <message>
        <source>move the selected people</source>
        <translation>die ausgewählten Personen verschieben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Tie</source>
        <translation>Be&amp;ziehung</translation>
    </message>
    <message>
        <source>Fl&amp;ow of energy</source>
        <translation>&amp;Energiefluss</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>undo the last change</source>
        <translation>die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>redo it</source>
        <translation>sie wiederholen</translation>
    </message>
    <message>
        <source>{keys} on the map</source>
        <translation>{keys} auf der Karte</translation>
    </message>
    <message>
        <source>{keys}, or {map_keys}</source>
        <translation>{keys} oder {map_keys}</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} oder {key}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The case could not be opened from the team store.</source>
        <translation>Der Fall konnte nicht aus der Team-Ablage geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosaved at {time}, in case Ecomap stops; Save gives the case a file</source>
        <translation>Um {time} automatisch gesichert, falls Ecomap abbricht; mit Speichern erhält der Fall eine Datei</translation>
    </message>
    <message>
        <source>Autosaved at {time} in the team store, in case Ecomap stops; Save keeps the changes</source>
        <translation>Um {time} automatisch in der Team-Ablage gesichert, falls Ecomap abbricht; erst Speichern sichert die Änderungen dauerhaft</translation>
    </message>
    <message>
        <source>Autosaved at {time}, in case Ecomap stops; Save keeps the changes</source>
        <translation>Um {time} automatisch gesichert, falls Ecomap abbricht; erst Speichern sichert die Änderungen dauerhaft</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Automatisches Sichern fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>The autosaved changes could not be removed: {error}</source>
        <translation>Die automatisch gesicherten Änderungen konnten nicht entfernt werden: {error}</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Select one person to tie to the client, or two people to tie together</source>
        <translation>Wählen Sie eine Person für eine Beziehung zur Klient:in oder zwei Personen für eine Beziehung zueinander</translation>
    </message>
    <message>
        <source>Select a tie first</source>
        <translation>Wählen Sie zuerst eine Beziehung aus</translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message numerus="yes">
        <source>Arranging %n people and places…</source>
        <translation>
            <numerusform>%n Person oder Ort wird angeordnet…</numerusform>
            <numerusform>%n Personen und Orte werden angeordnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-arrange cancelled; nothing moved</source>
        <translation>Automatisches Anordnen abgebrochen; nichts wurde verschoben</translation>
    </message>
    <message>
        <source>The client stays on their own map</source>
        <translation>Die Klient:in bleibt auf der eigenen Karte</translation>
    </message>
    <message>
        <source>{first} and {second} are already tied</source>
        <translation>{first} und {second} haben bereits eine Beziehung</translation>
    </message>
    <message>
        <source>Nobody further left of {name}</source>
        <translation>Links von {name} ist niemand mehr</translation>
    </message>
    <message>
        <source>Nobody further right of {name}</source>
        <translation>Rechts von {name} ist niemand mehr</translation>
    </message>
    <message>
        <source>Nobody further up from {name}</source>
        <translation>Über {name} ist niemand mehr</translation>
    </message>
    <message>
        <source>Nobody further down from {name}</source>
        <translation>Unter {name} ist niemand mehr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Namen eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Ecomap canvas</source>
        <translation>Ecomap-Arbeitsfläche</translation>
    </message>
    <message>
        <source>The client's map. Tab moves between people, then ties; Shift and an arrow key adds the nearest person that way; arrow keys move them; Enter renames; B, R, L set a tie's capital; 1, 2, 3 its strength; S stress; F flow.</source>
        <translation>Die Karte der Klient:in. Tab wechselt zwischen Personen, dann Beziehungen; Umschalt und eine Pfeiltaste fügt die nächste Person in dieser Richtung hinzu; Pfeiltasten verschieben sie; Enter benennt um; B, R, L setzen das Kapital einer Beziehung; 1, 2, 3 ihre Stärke; S Belastung; F Energiefluss.</translation>
    </message>
</context>
<context>
    <name>CanvasAccess</name>
    <message>
        <source>close ring</source>
        <translation>innerer Kreis</translation>
    </message>
    <message>
        <source>middle ring</source>
        <translation>mittlerer Kreis</translation>
    </message>
    <message>
        <source>outer ring</source>
        <translation>äußerer Kreis</translation>
    </message>
    <message>
        <source>beyond the rings</source>
        <translation>außerhalb der Kreise</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>flows both ways</source>
        <translation>Energiefluss in beide Richtungen</translation>
    </message>
    <message>
        <source>flows from {first} to {second}</source>
        <translation>Energiefluss von {first} zu {second}</translation>
    </message>
    <message>
        <source>stressful</source>
        <translation>belastend</translation>
    </message>
    <message numerus="yes">
        <source>the client, %n tie(s)</source>
        <translation>
            <numerusform>Klient:in, %n Beziehung</numerusform>
            <numerusform>Klient:in, %n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}, {domain}, {ring}</source>
        <translation>{kind}, {domain}, {ring}</translation>
    </message>
    <message>
        <source>no tie to the client</source>
        <translation>keine Beziehung zur Klient:in</translation>
    </message>
    <message>
        <source>tie to the client: {tie}</source>
        <translation>Beziehung zur Klient:in: {tie}</translation>
    </message>
    <message numerus="yes">
        <source>%n other tie(s)</source>
        <translation>
            <numerusform>%n weitere Beziehung</numerusform>
            <numerusform>%n weitere Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie: {first} – {second}</source>
        <translation>Beziehung: {first} – {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) in the plan</source>
        <translation>
            <numerusform>%n offener Schritt im Plan</numerusform>
            <numerusform>%n offene Schritte im Plan</numerusform>
        </translation>
    </message>
    <message>
        <source>notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
    <message>
        <source>{name}: the client</source>
        <translation>{name}: Klient:in</translation>
    </message>
    <message>
        <source>{name}: {kind}, {domain}</source>
        <translation>{name}: {kind}, {domain}</translation>
    </message>
</context>
<context>
    <name>CaseCopy</name>
    <message>
        <source>{name} copy</source>
        <translation>{name} – Kopie</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>Die Kopie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save a copy of the case</source>
        <translation>Kopie des Falls speichern</translation>
    </message>
    <message>
        <source>Saved a copy as {copy}, protected by the same passphrase; still working on {file}</source>
        <translation>Kopie als {copy} gespeichert, durch dieselbe Passphrase geschützt; Sie arbeiten weiter an {file}</translation>
    </message>
    <message>
        <source>Saved a copy as {copy}; still working on {file}</source>
        <translation>Kopie als {copy} gespeichert; Sie arbeiten weiter an {file}</translation>
    </message>
    <message>
        <source>Saved a copy as {copy}, protected by the same passphrase</source>
        <translation>Kopie als {copy} gespeichert, durch dieselbe Passphrase geschützt</translation>
    </message>
    <message>
        <source>Saved a copy as {copy}</source>
        <translation>Kopie als {copy} gespeichert</translation>
    </message>
    <message>
        <source>{path}: could not be written ({reason})</source>
        <translation>{path}: konnte nicht geschrieben werden ({reason})</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Change case details</source>
        <translation>Falldaten ändern</translation>
    </message>
    <message>
        <source>OK saves the details in the case file at once; Edit &gt; Undo takes them back.</source>
        <translation>OK speichert die Angaben sofort in der Falldatei; Bearbeiten &gt; Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>The details stay with this new case and go into its file when you save it.</source>
        <translation>Die Angaben bleiben bei diesem neuen Fall und kommen in seine Datei, wenn Sie ihn speichern.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Client's name</source>
        <translation>Name der Klient:in</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Fallnotizen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Falldaten</translation>
    </message>
    <message>
        <source>The order or plan, and what matters to the client (optional)</source>
        <translation>Die Auflage oder der Plan und was der Klient:in wichtig ist (optional)</translation>
    </message>
    <message>
        <source>Case &amp;notes</source>
        <translation>Fall&amp;notizen</translation>
    </message>
    <message>
        <source>Show the new first name at the centre of the map</source>
        <translation>Den neuen Vornamen in der Mitte der Karte zeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Show “{new}” at the centre of the map (it shows “{old}” now)</source>
        <translation>„{new}“ in der Mitte der Karte zeigen (jetzt steht dort „{old}“)</translation>
    </message>
    <message>
        <source>The case details were not changed.</source>
        <translation>Die Falldaten wurden nicht geändert.</translation>
    </message>
    <message>
        <source>The case details were not changed back.</source>
        <translation>Die Falldaten wurden nicht zurückgesetzt.</translation>
    </message>
    <message>
        <source>Changed the case details and the name at the centre of the map</source>
        <translation>Falldaten und den Namen in der Mitte der Karte geändert</translation>
    </message>
    <message>
        <source>Changed the case details</source>
        <translation>Falldaten geändert</translation>
    </message>
    <message>
        <source>This case is {reason}: its details can be read here but not changed.</source>
        <translation>Dieser Fall ist {reason}: Seine Angaben können hier gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Versions are being compared: close the comparison to change the case details.</source>
        <translation>Versionen werden verglichen: Schließen Sie den Vergleich, um die Falldaten zu ändern.</translation>
    </message>
    <message>
        <source>A saved version is shown: go back to the working draft to change the case details.</source>
        <translation>Eine gespeicherte Version wird angezeigt: Kehren Sie zum Arbeitsentwurf zurück, um die Falldaten zu ändern.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Family member</source>
        <translation>Familienmitglied</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>Mutter</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>Vater</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner:in</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>Bruder</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>Schwester</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Oma oder Opa</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Haustier</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund:in</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Nachbar:in</translation>
    </message>
    <message>
        <source>Group of friends</source>
        <translation>Freundeskreis</translation>
    </message>
    <message>
        <source>Peer mentor</source>
        <translation>Peer-Mentor:in</translation>
    </message>
    <message>
        <source>Community mentor</source>
        <translation>Mentor:in im Gemeinwesen</translation>
    </message>
    <message>
        <source>Relational navigator</source>
        <translation>Beziehungslots:in</translation>
    </message>
    <message>
        <source>Recovery group</source>
        <translation>Selbsthilfegruppe</translation>
    </message>
    <message>
        <source>Recovery community</source>
        <translation>Recovery-Gemeinschaft</translation>
    </message>
    <message>
        <source>Faith group</source>
        <translation>Glaubensgemeinschaft</translation>
    </message>
    <message>
        <source>Sports club</source>
        <translation>Sportverein</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <source>Online community</source>
        <translation>Online-Community</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Berufsschule</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Hausarztpraxis</translation>
    </message>
    <message>
        <source>Mental health team</source>
        <translation>Sozialpsychiatrischer Dienst</translation>
    </message>
    <message>
        <source>Drug and alcohol service</source>
        <translation>Suchtberatung</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wohnungshilfe</translation>
    </message>
    <message>
        <source>Job centre</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Sozialleistungen</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Bewährungshelfer:in</translation>
    </message>
    <message>
        <source>Youth offending team</source>
        <translation>Jugendgerichtshilfe</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polizei</translation>
    </message>
    <message>
        <source>Solicitor</source>
        <translation>Rechtsanwält:in</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Gericht</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>the working draft</source>
        <translation>der Arbeitsentwurf</translation>
    </message>
    <message>
        <source>Version {number} ({details})</source>
        <translation>Version {number} ({details})</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>What changed, grouped. Choose a change to show it on the map.</source>
        <translation>Was sich geändert hat, gruppiert. Wählen Sie eine Änderung, um sie auf der Karte zu zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>Heading of %n line(s)</source>
        <translation>
            <numerusform>Überschrift über %n Zeile</numerusform>
            <numerusform>Überschrift über %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Under {heading}. Choose it to show it on the map.</source>
        <translation>Unter {heading}. Auswählen, um es auf der Karte zu zeigen.</translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>in beide Richtungen</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>nicht markiert</translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation>zu {name}</translation>
    </message>
    <message>
        <source>An arrow at {receiver}: energy and resources flow from {giver} to {receiver}</source>
        <translation>Ein Pfeil bei {receiver}: Energie und Ressourcen fließen von {giver} zu {receiver}</translation>
    </message>
    <message>
        <source>Arrows at both ends: energy and resources flow both ways</source>
        <translation>Pfeile an beiden Enden: Energie und Ressourcen fließen in beide Richtungen</translation>
    </message>
    <message>
        <source>No arrows: no flow of energy or resources marked</source>
        <translation>Keine Pfeile: kein Fluss von Energie oder Ressourcen markiert</translation>
    </message>
    <message>
        <source>{strength}, stressful</source>
        <translation>{strength}, belastend</translation>
    </message>
    <message>
        <source>New bonding tie: {who}, {looks}</source>
        <translation>Neue bindende Beziehung: {who}, {looks}</translation>
    </message>
    <message>
        <source>New bridging tie: {who}, {looks}</source>
        <translation>Neue brückenbildende Beziehung: {who}, {looks}</translation>
    </message>
    <message>
        <source>New linking tie: {who}, {looks}</source>
        <translation>Neue verknüpfende Beziehung: {who}, {looks}</translation>
    </message>
    <message>
        <source>New on the map: {person}</source>
        <translation>Neu auf der Karte: {person}</translation>
    </message>
    <message>
        <source>Ended: {who} (was {capital}, {looks})</source>
        <translation>Beendet: {who} (vorher {capital}, {looks})</translation>
    </message>
    <message>
        <source>No longer on the map: {person}</source>
        <translation>Nicht mehr auf der Karte: {person}</translation>
    </message>
    <message>
        <source>{who}: {old} → {new} capital</source>
        <translation>{who}: Sozialkapital {old} → {new}</translation>
    </message>
    <message>
        <source>{who}: became stressful</source>
        <translation>{who}: jetzt belastend</translation>
    </message>
    <message>
        <source>{who}: no longer stressful</source>
        <translation>{who}: nicht mehr belastend</translation>
    </message>
    <message>
        <source>{who}: flow no longer marked (was {was})</source>
        <translation>{who}: Energiefluss nicht mehr markiert (vorher {was})</translation>
    </message>
    <message>
        <source>{who}: flow now {now} (was {was})</source>
        <translation>{who}: Energiefluss jetzt {now} (vorher {was})</translation>
    </message>
    <message>
        <source>{who}: notes on the tie changed</source>
        <translation>{who}: Notizen zur Beziehung geändert</translation>
    </message>
    <message numerus="yes">
        <source>Notes changed on %n tie(s): {names}</source>
        <translation>
            <numerusform>Notizen zu %n Beziehung geändert: {names}</numerusform>
            <numerusform>Notizen zu %n Beziehungen geändert: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>renamed from {old}</source>
        <translation>umbenannt (vorher {old})</translation>
    </message>
    <message>
        <source>moved from {old} to {new}</source>
        <translation>verschoben von {old} zu {new}</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>die Klient:in</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <source>a pet</source>
        <translation>ein Haustier</translation>
    </message>
    <message>
        <source>a group</source>
        <translation>eine Gruppe</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>eine Organisation</translation>
    </message>
    <message>
        <source>now {new} (was {old})</source>
        <translation>jetzt {new} (vorher {old})</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>Notizen geändert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Stronger</source>
        <translation>Stärker</translation>
    </message>
    <message>
        <source>Weaker</source>
        <translation>Schwächer</translation>
    </message>
    <message>
        <source>Re-typed</source>
        <translation>Kapitalart geändert</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>No changes: both versions hold the same people and ties, described the same way.</source>
        <translation>Keine Änderungen: Beide Versionen enthalten dieselben Personen und Beziehungen, gleich beschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n beendet</numerusform>
            <numerusform>%n beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stronger</source>
        <translation>
            <numerusform>%n stärker</numerusform>
            <numerusform>%n stärker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weaker</source>
        <translation>
            <numerusform>%n schwächer</numerusform>
            <numerusform>%n schwächer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-typed</source>
        <translation>
            <numerusform>%n mit neuer Kapitalart</numerusform>
            <numerusform>%n mit neuer Kapitalart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stress change(s)</source>
        <translation>
            <numerusform>%n Änderung der Belastung</numerusform>
            <numerusform>%n Änderungen der Belastung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n sonstige Änderung</numerusform>
            <numerusform>%n sonstige Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unexpected error ({error}); set ECOMAP_DEBUG=1 for details</source>
        <translation>unerwarteter Fehler ({error}); für Einzelheiten ECOMAP_DEBUG=1 setzen</translation>
    </message>
    <message>
        <source>the editor cannot start: the Qt toolkit (PySide6) could not be loaded ({error})</source>
        <translation>der Editor kann nicht starten: das Qt-Toolkit (PySide6) konnte nicht geladen werden ({error})</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>before a warning on stderr: ecomap: warning: FILE: ...</comment>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>{command}: {message} (see '{command} --help')</source>
        <translation>{command}: {message} (siehe '{command} --help')</translation>
    </message>
    <message>
        <source>{text} is not a version number</source>
        <translation>{text} ist keine Versionsnummer</translation>
    </message>
    <message>
        <source>{text} is not a version number (they start at 1)</source>
        <translation>{text} ist keine Versionsnummer (sie beginnen bei 1)</translation>
    </message>
    <message>
        <source>{text} is not a text size: give a factor from {low} to {high} (the editor's are {sizes})</source>
        <translation>{text} ist keine Textgröße: einen Faktor von {low} bis {high} angeben (die des Editors sind {sizes})</translation>
    </message>
    <message>
        <source>{text} is not one of the editor's text sizes ({sizes})</source>
        <translation>{text} ist keine der Textgrößen des Editors ({sizes})</translation>
    </message>
    <message>
        <source>{text} is not a window size: give WIDTHxHEIGHT, e.g. 1024x600</source>
        <translation>{text} ist keine Fenstergröße: BREITExHÖHE angeben, z. B. 1024x600</translation>
    </message>
    <message>
        <source>{text} runs backwards</source>
        <translation>{text} läuft rückwärts</translation>
    </message>
    <message>
        <source>{text} is not a count of cases (1 or more)</source>
        <translation>{text} ist keine Anzahl von Fällen (1 oder mehr)</translation>
    </message>
</context>
<context>
    <name>CliArrange</name>
    <message>
        <source>As saved, at text size {size}:</source>
        <translation>Wie gespeichert, bei Textgröße {size}:</translation>
    </message>
    <message>
        <source>Arranged, at text size {size}:</source>
        <translation>Angeordnet, bei Textgröße {size}:</translation>
    </message>
    <message>
        <source>Reads at a glance: nothing overlaps.</source>
        <translation>Auf einen Blick lesbar: nichts überlappt.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) shortened to fit (whole in the editor and the PDF).</source>
        <translation>
            <numerusform>%n Beschriftung ist gekürzt, damit sie passt (vollständig im Editor und im PDF).</numerusform>
            <numerusform>%n Beschriftungen sind gekürzt, damit sie passen (vollständig im Editor und im PDF).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rings: {size}.</source>
        <translation>Kreise: {size}.</translation>
    </message>
    <message>
        <source>Rings: grown to {size} (saved at {saved}).</source>
        <translation>Kreise: vergrößert auf {size} (gespeichert: {saved}).</translation>
    </message>
    <message>
        <source>Rings: shrunk to {size} (saved at {saved}).</source>
        <translation>Kreise: verkleinert auf {size} (gespeichert: {saved}).</translation>
    </message>
    <message>
        <source>Rings: {size}, as saved.</source>
        <translation>Kreise: {size}, wie gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Moved: {moved} of %n people and places.</source>
        <translation>
            <numerusform>Verschoben: {moved} von %n Person oder Ort.</numerusform>
            <numerusform>Verschoben: {moved} von %n Personen und Orten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: --json prints the arranged version as a document to import.</source>
        <translation>Nichts wurde gespeichert: --json gibt die angeordnete Version als Dokument zum Importieren aus.</translation>
    </message>
    <message>
        <source>the standard size</source>
        <translation>Standardgröße</translation>
    </message>
    <message>
        <source>{factor} times the standard size</source>
        <translation>das {factor}-Fache der Standardgröße</translation>
    </message>
</context>
<context>
    <name>CliCohort</name>
    <message>
        <source>a cohort is written as .csv or .pdf; give a name ending in one of them</source>
        <translation>eine Kohorte wird als .csv oder .pdf geschrieben; einen Namen mit einer dieser Endungen angeben</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>sein Ordner existiert nicht</translation>
    </message>
    <message>
        <source>no case could be read for the cohort ({reasons})</source>
        <translation>für die Kohorte konnte kein Fall gelesen werden ({reasons})</translation>
    </message>
    <message>
        <source>no case files found</source>
        <translation>keine Falldateien gefunden</translation>
    </message>
    <message>
        <source>skipped {source}: {reason}</source>
        <translation>übersprungen: {source}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote the cohort of %n case(s)</source>
        <translation>
            <numerusform>{output}: Kohorte aus %n Fall geschrieben</numerusform>
            <numerusform>{output}: Kohorte aus %n Fällen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %n case(s), {start} to {end}</source>
        <translation>
            <numerusform>Kohorte aus %n Fall, {start} bis {end}</numerusform>
            <numerusform>Kohorte aus %n Fällen, {start} bis {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %n case(s)</source>
        <translation>
            <numerusform>Kohorte aus %n Fall</numerusform>
            <numerusform>Kohorte aus %n Fällen</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Effektive Größe</translation>
    </message>
    <message>
        <source>Client ties (mean)</source>
        <translation>Beziehungen der Klient:in (Mittel)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Community asset</source>
        <translation>Ressource im Gemeinwesen</translation>
    </message>
    <message>
        <source>Cases first</source>
        <translation>Fälle zuerst</translation>
    </message>
    <message>
        <source>Cases latest</source>
        <translation>Fälle zuletzt</translation>
    </message>
    <message numerus="yes">
        <source>%n more asset(s) reached by fewer than {k} cases not shown.</source>
        <translation>
            <numerusform>%n weitere Ressource, die von weniger als {k} Fällen erreicht wird, nicht gezeigt.</numerusform>
            <numerusform>%n weitere Ressourcen, die von weniger als {k} Fällen erreicht werden, nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading cases {bar}</source>
        <translation>Fälle werden gelesen {bar}</translation>
    </message>
</context>
<context>
    <name>CliDesktop</name>
    <message>
        <source>the editor needs a display (a desktop session), and none was found; QT_QPA_PLATFORM=offscreen runs it without one (for screenshots and tests); the other commands need none</source>
        <translation>der Editor braucht einen Bildschirm (eine Desktop-Sitzung), und es wurde keiner gefunden; QT_QPA_PLATFORM=offscreen startet ihn ohne (für Bildschirmfotos und Tests); die anderen Befehle brauchen keinen</translation>
    </message>
    <message>
        <source>the editor needs a display, and QT_QPA_PLATFORM=xcb asks for an X11 one but DISPLAY is not set; QT_QPA_PLATFORM=offscreen runs it without one (for screenshots and tests)</source>
        <translation>der Editor braucht einen Bildschirm, und QT_QPA_PLATFORM=xcb verlangt einen X11-Bildschirm, aber DISPLAY ist nicht gesetzt; QT_QPA_PLATFORM=offscreen startet ihn ohne (für Bildschirmfotos und Tests)</translation>
    </message>
    <message>
        <source>the editor needs the system library {names} on Linux; install with: sudo apt install {packages} (on Fedora and Arch the xcb-util packages, e.g. xcb-util-cursor)</source>
        <translation>der Editor braucht unter Linux die Systembibliothek {names}; installieren mit: sudo apt install {packages} (unter Fedora und Arch die xcb-util-Pakete, z. B. xcb-util-cursor)</translation>
    </message>
    <message>
        <source>the editor needs the system libraries {names} on Linux; install with: sudo apt install {packages} (on Fedora and Arch the xcb-util packages, e.g. xcb-util-cursor)</source>
        <translation>der Editor braucht unter Linux die Systembibliotheken {names}; installieren mit: sudo apt install {packages} (unter Fedora und Arch die xcb-util-Pakete, z. B. xcb-util-cursor)</translation>
    </message>
</context>
<context>
    <name>CliPassphrases</name>
    <message>
        <source>{error} with --passphrase-file FILE or in {variable}</source>
        <translation>{error} – mit --passphrase-file FILE oder in {variable}</translation>
    </message>
    <message>
        <source>is a folder, not a passphrase file</source>
        <translation>ist ein Ordner, keine Passphrase-Datei</translation>
    </message>
    <message>
        <source>the passphrase file is not UTF-8 text</source>
        <translation>die Passphrase-Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the passphrase file's first line is empty; a passphrase cannot be empty</source>
        <translation>die erste Zeile der Passphrase-Datei ist leer; eine Passphrase darf nicht leer sein</translation>
    </message>
    <message>
        <source>the passphrase file holds a NUL character, which a passphrase cannot</source>
        <translation>die Passphrase-Datei enthält ein NUL-Zeichen, das eine Passphrase nicht enthalten darf</translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message>
        <source>ecomap plan: -o writes every version's plan; leave out --version and --json (see 'ecomap plan --help')</source>
        <translation>ecomap plan: -o schreibt den Plan jeder Version; --version und --json weglassen (siehe 'ecomap plan --help')</translation>
    </message>
    <message>
        <source>No actions in this version's plan.</source>
        <translation>Keine Schritte im Plan dieser Version.</translation>
    </message>
    <message numerus="yes">
        <source>Plan (%n action(s)):</source>
        <translation>
            <numerusform>Plan (%n Schritt):</numerusform>
            <numerusform>Plan (%n Schritte):</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Since version {number}</source>
        <translation>Seit Version {number}</translation>
    </message>
    <message>
        <source>new in this plan</source>
        <translation>neu in diesem Plan</translation>
    </message>
    <message>
        <source>then {status}; {outcome}</source>
        <translation>damals {status}; {outcome}</translation>
    </message>
    <message>
        <source>then {status}</source>
        <translation>damals {status}</translation>
    </message>
    <message>
        <source>the plan is exported as CSV; give a name ending in .csv</source>
        <translation>der Plan wird als CSV exportiert; einen Namen mit der Endung .csv angeben</translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote %n action(s) {from_versions}</source>
        <translation>
            <numerusform>{output}: %n Schritt geschrieben {from_versions}</numerusform>
            <numerusform>{output}: %n Schritte geschrieben {from_versions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n version(s)</source>
        <translation>
            <numerusform>aus %n Version</numerusform>
            <numerusform>aus %n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing stands out as thin on this map.</source>
        <translation>Auf dieser Karte fällt nichts als dünn auf.</translation>
    </message>
    <message>
        <source>Where the network is thin:</source>
        <translation>Wo das Netzwerk dünn ist:</translation>
    </message>
</context>
<context>
    <name>CliProtect</name>
    <message>
        <source>is already protected (or is not an Ecomap case file); to change its passphrase use --change</source>
        <translation>ist bereits geschützt (oder keine Ecomap-Falldatei); um die Passphrase zu ändern, --change verwenden</translation>
    </message>
    <message>
        <source>is not protected, so it has no passphrase to change; use 'ecomap protect' without --change</source>
        <translation>ist nicht geschützt und hat daher keine Passphrase zum Ändern; 'ecomap protect' ohne --change verwenden</translation>
    </message>
    <message>
        <source>give the new passphrase with --new-passphrase-file FILE or in {variable}</source>
        <translation>die neue Passphrase mit --new-passphrase-file FILE oder in {variable} angeben</translation>
    </message>
    <message>
        <source>the new passphrase is empty; a passphrase cannot be empty</source>
        <translation>die neue Passphrase ist leer; eine Passphrase darf nicht leer sein</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one; nothing was changed</source>
        <translation>die neue Passphrase ist dieselbe wie die bisherige; nichts wurde geändert</translation>
    </message>
    <message numerus="yes">
        <source>the passphrase is short (%n character(s)); several words together are easier to remember and much harder to guess</source>
        <translation>
            <numerusform>die Passphrase ist kurz (%n Zeichen); mehrere Wörter zusammen sind leichter zu merken und viel schwerer zu erraten</numerusform>
            <numerusform>die Passphrase ist kurz (%n Zeichen); mehrere Wörter zusammen sind leichter zu merken und viel schwerer zu erraten</numerusform>
        </translation>
    </message>
    <message>
        <source>{case}: passphrase changed; without the passphrase nobody can open it, and it cannot be recovered if it is lost</source>
        <translation>{case}: Passphrase geändert; ohne die Passphrase kann niemand die Datei öffnen, und sie lässt sich nicht wiederherstellen, wenn sie verloren geht</translation>
    </message>
    <message>
        <source>{case}: protected; without the passphrase nobody can open it, and it cannot be recovered if it is lost</source>
        <translation>{case}: geschützt; ohne die Passphrase kann niemand die Datei öffnen, und sie lässt sich nicht wiederherstellen, wenn sie verloren geht</translation>
    </message>
    <message>
        <source>is not protected; nothing was changed</source>
        <translation>ist nicht geschützt; nichts wurde geändert</translation>
    </message>
    <message>
        <source>{case}: protection removed; anyone who has the file can now read it</source>
        <translation>{case}: Schutz entfernt; wer die Datei hat, kann sie jetzt lesen</translation>
    </message>
</context>
<context>
    <name>CliReading</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>Personen und Orte</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation>Belastend</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Fall {reference}</translation>
    </message>
    <message>
        <source>Case (no reference)</source>
        <translation>Fall (ohne Aktenzeichen)</translation>
    </message>
    <message>
        <source>client {name}</source>
        <translation>Klient:in {name}</translation>
    </message>
    <message>
        <source>worker {name}</source>
        <translation>Fachkraft {name}</translation>
    </message>
    <message>
        <source>Version {number} of {total}: {label}, {date}</source>
        <translation>Version {number} von {total}: {label}, {date}</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>No versions saved yet.</source>
        <translation>Noch keine Versionen gespeichert.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Klient:in: {name}</translation>
    </message>
    <message>
        <source>People and places ({count}):</source>
        <translation>Personen und Orte ({count}):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Ties ({count}):</source>
        <translation>Beziehungen ({count}):</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Flow of energy</source>
        <translation>Energiefluss</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>From {first} to {second}:</source>
        <translation>Von {first} zu {second}:</translation>
    </message>
    <message>
        <source>version {number} ({details})</source>
        <translation>Version {number} ({details})</translation>
    </message>
    <message>
        <source>{case}: note: {note}</source>
        <translation>{case}: Hinweis: {note}</translation>
    </message>
    <message>
        <source>, an unsaved draft</source>
        <translation>, ein ungespeicherter Entwurf</translation>
    </message>
    <message>
        <source>; protected ({how})</source>
        <translation>; geschützt ({how})</translation>
    </message>
    <message numerus="yes">
        <source>{case}: ok: %n version(s){draft}{protection}; hash chain intact (latest {hash})</source>
        <translation>
            <numerusform>{case}: ok: %n Version{draft}{protection}; Hash-Kette intakt (zuletzt {hash})</numerusform>
            <numerusform>{case}: ok: %n Versionen{draft}{protection}; Hash-Kette intakt (zuletzt {hash})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{case}: %n problem(s) found</source>
        <translation>
            <numerusform>{case}: %n Problem gefunden</numerusform>
            <numerusform>{case}: %n Probleme gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTeam</name>
    <message>
        <source>names no case: give the case's reference</source>
        <translation>nennt keinen Fall: das Aktenzeichen des Falls angeben</translation>
    </message>
    <message>
        <source>The {store} has no cases that you may see.</source>
        <translation>In der {store} gibt es keine Fälle, die Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>a pulled case is written as a case file; give a name ending in .ecomap</source>
        <translation>ein abgerufener Fall wird als Falldatei geschrieben; einen Namen mit der Endung .ecomap angeben</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>CliWriting</name>
    <message>
        <source>is a folder; give the case file's name, e.g. client.ecomap</source>
        <translation>ist ein Ordner; den Namen der Falldatei angeben, z. B. klientin.ecomap</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>sein Ordner existiert nicht</translation>
    </message>
    <message>
        <source>is one of the files being imported</source>
        <translation>ist eine der Dateien, die importiert werden</translation>
    </message>
    <message numerus="yes">
        <source>{source}: imported %n version(s) ({format})</source>
        <translation>
            <numerusform>{source}: %n Version importiert ({format})</numerusform>
            <numerusform>{source}: %n Versionen importiert ({format})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{case}: now has %n version(s)</source>
        <translation>
            <numerusform>{case}: hat jetzt %n Version</numerusform>
            <numerusform>{case}: hat jetzt %n Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{case}: created with %n version(s)</source>
        <translation>
            <numerusform>{case}: mit %n Version angelegt</numerusform>
            <numerusform>{case}: mit %n Versionen angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown export format {format}; use {known}</source>
        <translation>unbekanntes Exportformat {format}; {known} verwenden</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(keine Endung)</translation>
    </message>
    <message>
        <source>--marking, --paper and --invariant are for a PDF summary (OUT ending in .pdf)</source>
        <translation>--marking, --paper und --invariant gelten für eine PDF-Zusammenfassung (OUT mit der Endung .pdf)</translation>
    </message>
    <message>
        <source>--caption is for a picture of the map (OUT ending in .png or .svg)</source>
        <translation>--caption gilt für ein Bild der Karte (OUT mit der Endung .png oder .svg)</translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote %n version(s) (pseudonymised)</source>
        <translation>
            <numerusform>{output}: %n Version geschrieben (pseudonymisiert)</numerusform>
            <numerusform>{output}: %n Versionen geschrieben (pseudonymisiert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote %n version(s)</source>
        <translation>
            <numerusform>{output}: %n Version geschrieben</numerusform>
            <numerusform>{output}: %n Versionen geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>is the case file itself; choose another name</source>
        <translation>ist die Falldatei selbst; einen anderen Namen wählen</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote a summary of %n version(s) ({numbers}) (pseudonymised)</source>
        <translation>
            <numerusform>{output}: Zusammenfassung von %n Version geschrieben ({numbers}) (pseudonymisiert)</numerusform>
            <numerusform>{output}: Zusammenfassung von %n Versionen geschrieben ({numbers}) (pseudonymisiert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote a summary of %n version(s) ({numbers})</source>
        <translation>
            <numerusform>{output}: Zusammenfassung von %n Version geschrieben ({numbers})</numerusform>
            <numerusform>{output}: Zusammenfassung von %n Versionen geschrieben ({numbers})</numerusform>
        </translation>
    </message>
    <message>
        <source>a picture shows one version; choose one, e.g. --versions 2</source>
        <translation>ein Bild zeigt eine Version; eine wählen, z. B. --versions 2</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>{output}: drew version {number} ({label}, {date}) (pseudonymised)</source>
        <translation>{output}: Version {number} gezeichnet ({label}, {date}) (pseudonymisiert)</translation>
    </message>
    <message>
        <source>{output}: drew version {number} ({label}, {date})</source>
        <translation>{output}: Version {number} gezeichnet ({label}, {date})</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>ohne Bezeichnung</translation>
    </message>
    <message>
        <source>a screenshot is written as PNG; give a name ending in .png</source>
        <translation>ein Bildschirmfoto wird als PNG geschrieben; einen Namen mit der Endung .png angeben</translation>
    </message>
    <message>
        <source>{output}: the editor on {case}, comparing version {first} with version {second}</source>
        <translation>{output}: der Editor mit {case}, Version {first} mit Version {second} verglichen</translation>
    </message>
    <message>
        <source>{output}: the editor on {case}, version {number}</source>
        <translation>{output}: der Editor mit {case}, Version {number}</translation>
    </message>
    <message>
        <source>{output}: the editor on {case}</source>
        <translation>{output}: der Editor mit {case}</translation>
    </message>
    <message>
        <source>cannot be drawn: the Qt toolkit (PySide6) could not be loaded ({error})</source>
        <translation>kann nicht gezeichnet werden: das Qt-Toolkit (PySide6) konnte nicht geladen werden ({error})</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Cohort summary – {app}</source>
        <translation>Kohortenübersicht – {app}</translation>
    </message>
    <message>
        <source>A PDF of how bonding, bridging and linking capital moved from the first to the latest version across many cases, and which community assets they reach. It names no client, worker or other person.</source>
        <translation>Ein PDF darüber, wie sich bindendes, brückenbildendes und verknüpfendes Kapital von der ersten zur neuesten Version über viele Fälle verändert hat und welche Ressourcen im Gemeinwesen erreicht werden. Es nennt keine Klient:innen, Fachkräfte oder anderen Personen.</translation>
    </message>
    <message>
        <source>Read the cases from</source>
        <translation>Fälle lesen aus</translation>
    </message>
    <message>
        <source>Case files in a &amp;folder (and its subfolders):</source>
        <translation>Falldateien in einem &amp;Ordner (und seinen Unterordnern):</translation>
    </message>
    <message>
        <source>no folder chosen yet</source>
        <translation>noch kein Ordner gewählt</translation>
    </message>
    <message>
        <source>Folder of case files</source>
        <translation>Ordner mit Falldateien</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>The &amp;team store (every case your login may see):</source>
        <translation>Die &amp;Team-Ablage (jeder Fall, den Ihr Login sehen darf):</translation>
    </message>
    <message>
        <source>Team store connection string</source>
        <translation>Verbindungszeichenfolge der Team-Ablage</translation>
    </message>
    <message>
        <source>Minimum count of cases</source>
        <translation>Mindestzahl der Fälle</translation>
    </message>
    <message>
        <source>Leave out assets reached by fewer than {count} cases</source>
        <translation>Ressourcen weglassen, die von weniger als {count} Fällen erreicht werden</translation>
    </message>
    <message>
        <source>so that no figure in the summary points at one client.</source>
        <translation>damit keine Zahl in der Übersicht auf eine einzelne Klient:in verweist.</translation>
    </message>
    <message>
        <source>Include &amp;protected case files, opened with this passphrase:</source>
        <translation>&amp;Geschützte Falldateien einbeziehen, geöffnet mit dieser Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase of the protected case files</source>
        <translation>Passphrase der geschützten Falldateien</translation>
    </message>
    <message>
        <source>Used for this summary only and never kept. Protected files it does not open are skipped and listed.</source>
        <translation>Wird nur für diese Übersicht verwendet und nie gespeichert. Geschützte Dateien, die sie nicht öffnet, werden übersprungen und aufgelistet.</translation>
    </message>
    <message>
        <source>Open the PDF when it is done</source>
        <translation>PDF öffnen, wenn es fertig ist</translation>
    </message>
    <message>
        <source>&amp;Make summary…</source>
        <translation>Übersicht &amp;erstellen…</translation>
    </message>
</context>
<context>
    <name>CohortSummary</name>
    <message>
        <source>Making the cohort summary</source>
        <translation>Erstellung der Kohortenübersicht</translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation>{task}: läuft noch</translation>
    </message>
    <message>
        <source>Cohort summary {date}.pdf</source>
        <translation>Kohortenübersicht {date}.pdf</translation>
    </message>
    <message>
        <source>The cohort summary was not made.</source>
        <translation>Die Kohortenübersicht wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Cohort summary</source>
        <translation>Kohortenübersicht</translation>
    </message>
    <message>
        <source>Reading the cases for the cohort summary…</source>
        <translation>Fälle für die Kohortenübersicht werden gelesen…</translation>
    </message>
    <message>
        <source>Cohort summary cancelled; nothing was written</source>
        <translation>Kohortenübersicht abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>{file} was made, but not everything prints as typed.</source>
        <translation>{file} wurde erstellt, aber nicht alles wird wie eingegeben gedruckt.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n Datei übersprungen</numerusform>
            <numerusform>%n Dateien übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no file skipped</source>
        <translation>keine Datei übersprungen</translation>
    </message>
    <message>
        <source>No cohort summary: no case could be read ({skipped})</source>
        <translation>Keine Kohortenübersicht: kein Fall konnte gelesen werden ({skipped})</translation>
    </message>
    <message>
        <source>No cohort summary: no case could be read (no case files found)</source>
        <translation>Keine Kohortenübersicht: kein Fall konnte gelesen werden (keine Falldateien gefunden)</translation>
    </message>
    <message>
        <source>No cohort summary was made: no case could be read.</source>
        <translation>Es wurde keine Kohortenübersicht erstellt: kein Fall konnte gelesen werden.</translation>
    </message>
    <message>
        <source>Show Details to see each file skipped and why.</source>
        <translation>Unter „Details einblenden“ sehen Sie jede übersprungene Datei und den Grund.</translation>
    </message>
    <message>
        <source>No case files were found there.</source>
        <translation>Dort wurden keine Falldateien gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) read</source>
        <translation>
            <numerusform>%n Fall gelesen</numerusform>
            <numerusform>%n Fälle gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort summary written to {file}: {cases}, {skipped}</source>
        <translation>Kohortenübersicht in {file} geschrieben: {cases}, {skipped}</translation>
    </message>
    <message>
        <source>The cohort summary was written to {file}: {cases}, {skipped}.</source>
        <translation>Die Kohortenübersicht wurde in {file} geschrieben: {cases}, {skipped}.</translation>
    </message>
    <message>
        <source>The skipped files are not in the figures. Show Details to see each one and why.</source>
        <translation>Die übersprungenen Dateien sind nicht in den Zahlen enthalten. Unter „Details einblenden“ sehen Sie jede einzelne und den Grund.</translation>
    </message>
    <message>
        <source>Wrote {file}, but no program here opens PDF files</source>
        <translation>{file} geschrieben, aber hier gibt es kein Programm, das PDF-Dateien öffnet</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>tie to {name}</source>
        <translation>Beziehung zu {name}</translation>
    </message>
    <message>
        <source>tie {one} – {other}</source>
        <translation>Beziehung {one} – {other}</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Add {tie}</source>
        <translation>{tie} hinzufügen</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Delete {tie}</source>
        <translation>{tie} löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>{name} verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>{old} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>{name} ändern</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Make bonding: {ties}</source>
        <translation>Bindend machen: {ties}</translation>
    </message>
    <message>
        <source>Make bridging: {ties}</source>
        <translation>Brückenbildend machen: {ties}</translation>
    </message>
    <message>
        <source>Make linking: {ties}</source>
        <translation>Verknüpfend machen: {ties}</translation>
    </message>
    <message>
        <source>Make strong: {ties}</source>
        <translation>Stark machen: {ties}</translation>
    </message>
    <message>
        <source>Make moderate: {ties}</source>
        <translation>Mittel machen: {ties}</translation>
    </message>
    <message>
        <source>Make tenuous: {ties}</source>
        <translation>Schwach machen: {ties}</translation>
    </message>
    <message>
        <source>Mark stressful: {ties}</source>
        <translation>Als belastend markieren: {ties}</translation>
    </message>
    <message>
        <source>Mark not stressful: {ties}</source>
        <translation>Als nicht belastend markieren: {ties}</translation>
    </message>
    <message>
        <source>Change flow of {ties}</source>
        <translation>Energiefluss ändern: {ties}</translation>
    </message>
    <message>
        <source>Change {ties}</source>
        <translation>{ties} ändern</translation>
    </message>
</context>
<context>
    <name>CompareHost</name>
    <message>
        <source>Working draft</source>
        <translation>Arbeitsentwurf</translation>
    </message>
    <message>
        <source>The versions could not be compared.</source>
        <translation>Die Versionen konnten nicht verglichen werden.</translation>
    </message>
    <message>
        <source>Comparing {earlier} with {later} (read-only)</source>
        <translation>{earlier} wird mit {later} verglichen (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>CompareKey</name>
    <message>
        <source>new person or tie</source>
        <translation>neue Person oder Beziehung</translation>
    </message>
    <message>
        <source>tie ended</source>
        <translation>Beziehung beendet</translation>
    </message>
    <message>
        <source>tie got stronger</source>
        <translation>Beziehung stärker geworden</translation>
    </message>
    <message>
        <source>tie to a new person</source>
        <translation>Beziehung zu einer neuen Person</translation>
    </message>
    <message>
        <source>tie to someone gone</source>
        <translation>Beziehung zu jemandem, der fehlt</translation>
    </message>
    <message>
        <source>tie got weaker</source>
        <translation>Beziehung schwächer geworden</translation>
    </message>
    <message>
        <source>capital type changed</source>
        <translation>Kapitalart geändert</translation>
    </message>
    <message>
        <source>no longer on the map</source>
        <translation>nicht mehr auf der Karte</translation>
    </message>
    <message>
        <source>became stressful</source>
        <translation>belastend geworden</translation>
    </message>
    <message>
        <source>flow changed</source>
        <translation>Energiefluss geändert</translation>
    </message>
    <message>
        <source>notes or details</source>
        <translation>Notizen oder Angaben</translation>
    </message>
    <message>
        <source>no longer stressful</source>
        <translation>nicht mehr belastend</translation>
    </message>
    <message>
        <source>Key to the marks</source>
        <translation>Legende der Markierungen</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Legende:</translation>
    </message>
    <message>
        <source>faded grey</source>
        <translation>blassgrau</translation>
    </message>
    <message>
        <source>only in the earlier version</source>
        <translation>nur in der früheren Version</translation>
    </message>
    <message>
        <source>only in version {number}</source>
        <translation>nur in Version {number}</translation>
    </message>
</context>
<context>
    <name>CompareMarks</name>
    <message>
        <source>+ new</source>
        <translation>+ neu</translation>
    </message>
    <message>
        <source>× ended</source>
        <translation>× beendet</translation>
    </message>
    <message>
        <source>▲ stronger</source>
        <translation>▲ stärker</translation>
    </message>
    <message>
        <source>▼ weaker</source>
        <translation>▼ schwächer</translation>
    </message>
    <message>
        <source>↻ re-typed</source>
        <translation>↻ neue Art</translation>
    </message>
    <message>
        <source>× gone</source>
        <translation>× weg</translation>
    </message>
    <message>
        <source>stress began</source>
        <translation>Belastung begann</translation>
    </message>
    <message>
        <source>stress ended</source>
        <translation>Belastung endete</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Comparing two saved versions. Read-only: the map you are working on is not changed.</source>
        <translation>Vergleich zweier gespeicherter Versionen. Schreibgeschützt: Die Karte, an der Sie arbeiten, wird nicht verändert.</translation>
    </message>
    <message>
        <source>What changed in the working draft since a saved version. Read-only here: go back to edit.</source>
        <translation>Was sich im Arbeitsentwurf seit einer gespeicherten Version geändert hat. Hier schreibgeschützt: Zum Bearbeiten zurückgehen.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show both versions next to each other, in the same layout</source>
        <translation>Beide Versionen nebeneinander im selben Layout zeigen</translation>
    </message>
    <message>
        <source>Back to the map</source>
        <translation>Zurück zur Karte</translation>
    </message>
    <message>
        <source>Leave the comparison and go on with the map (Esc)</source>
        <translation>Den Vergleich verlassen und mit der Karte weiterarbeiten (Esc)</translation>
    </message>
    <message>
        <source>Versions compared</source>
        <translation>Verglichene Versionen</translation>
    </message>
    <message>
        <source>Number of changes</source>
        <translation>Anzahl der Änderungen</translation>
    </message>
    <message>
        <source>Map with changes marked</source>
        <translation>Karte mit markierten Änderungen</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Frühere Version</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Spätere Version</translation>
    </message>
    <message>
        <source>Changes marked</source>
        <translation>Änderungen markiert</translation>
    </message>
    <message>
        <source>Show the later version with the changes marked</source>
        <translation>Die spätere Version mit markierten Änderungen zeigen</translation>
    </message>
    <message>
        <source>The working draft, with the changes since version {a} marked</source>
        <translation>Der Arbeitsentwurf, mit den Änderungen seit Version {a} markiert</translation>
    </message>
    <message>
        <source>The working draft: nothing changed since version {a}</source>
        <translation>Der Arbeitsentwurf: nichts hat sich seit Version {a} geändert</translation>
    </message>
    <message>
        <source>Version {b} as saved, with the changes since version {a} marked</source>
        <translation>Version {b} wie gespeichert, mit den Änderungen seit Version {a} markiert</translation>
    </message>
    <message>
        <source>Version {b} as saved: nothing changed since version {a}</source>
        <translation>Version {b} wie gespeichert: nichts hat sich seit Version {a} geändert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Read-only. Choose a change in the list to show it here.</source>
        <translation>Schreibgeschützt. Wählen Sie eine Änderung in der Liste, um sie hier zu zeigen.</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Anything worth remembering (shown in the PDF unless left out)</source>
        <translation>Alles, was man sich merken sollte (erscheint im PDF, sofern nicht ausgelassen)</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Working map</source>
        <translation>Arbeitskarte</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Working map, not saved as a version ({date})</source>
        <translation>Arbeitskarte, nicht als Version gespeichert ({date})</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Versions to include</source>
        <translation>Einzubeziehende Versionen</translation>
    </message>
    <message>
        <source>The format (JSON, GraphML or CSV) is chosen with the file name.</source>
        <translation>Das Format (JSON, GraphML oder CSV) ergibt sich aus dem Dateinamen.</translation>
    </message>
    <message>
        <source>The data was not exported.</source>
        <translation>Die Daten wurden nicht exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n version(s) (pseudonymised) to {file}</source>
        <translation>
            <numerusform>%n Version (pseudonymisiert) nach {file} exportiert</numerusform>
            <numerusform>%n Versionen (pseudonymisiert) nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n version(s) to {file}</source>
        <translation>
            <numerusform>%n Version nach {file} exportiert</numerusform>
            <numerusform>%n Versionen nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(ohne Endung)</translation>
    </message>
    <message>
        <source>cannot be written as {kind}; use .json, .graphml or .csv</source>
        <translation>kann nicht als {kind} geschrieben werden; verwenden Sie .json, .graphml oder .csv</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Save changes to the map of {case} before closing?</source>
        <translation>Änderungen an der Karte von {case} vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Autosave keeps your changes only in case Ecomap stops unexpectedly. Save keeps them in the case file; Discard deletes them, the autosaved copy too.</source>
        <translation>Die automatische Sicherung bewahrt Ihre Änderungen nur für den Fall, dass Ecomap unerwartet beendet wird. Speichern übernimmt sie in die Falldatei; Verwerfen löscht sie, auch die automatisch gesicherte Kopie.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Recover the new case from {when}?</source>
        <translation>Den neuen Fall wiederherstellen (Stand: {when})?</translation>
    </message>
    <message>
        <source>Ecomap closed before the new case of {case} was saved to a file. Recover brings it back (save it to keep it); Discard deletes it for good.</source>
        <translation>Ecomap wurde beendet, bevor der neue Fall von {case} in einer Datei gespeichert war. Wiederherstellen holt ihn zurück (speichern Sie ihn, um ihn zu behalten); Verwerfen löscht ihn endgültig.</translation>
    </message>
    <message>
        <source>Recover unsaved changes from {when}?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen (Stand: {when})?</translation>
    </message>
    <message>
        <source>Ecomap closed without saving the map of {case}. Recover brings the changes back (they stay unsaved until you save); Discard deletes them for good.</source>
        <translation>Ecomap wurde beendet, ohne die Karte von {case} zu speichern. Wiederherstellen holt die Änderungen zurück (sie bleiben ungespeichert, bis Sie speichern); Verwerfen löscht sie endgültig.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation>&amp;Aktenzeichen</translation>
    </message>
    <message>
        <source>e.g. X123456</source>
        <translation>z. B. X123456</translation>
    </message>
    <message>
        <source>&amp;Client's name</source>
        <translation>Name der &amp;Klient:in</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Fachkraft</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>The client's first name labels the centre of the map.</source>
        <translation>Der Vorname der Klient:in steht in der Mitte der Karte.</translation>
    </message>
    <message>
        <source>Create case…</source>
        <translation>Fall anlegen…</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>This map becomes version {number} of the case. A saved version is kept exactly as it is: it cannot be changed or deleted afterwards.</source>
        <translation>Diese Karte wird Version {number} des Falls. Eine gespeicherte Version bleibt genau so erhalten: Sie kann danach weder geändert noch gelöscht werden.</translation>
    </message>
    <message>
        <source>Due or overdue in the plan</source>
        <translation>Im Plan fällig oder überfällig</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Bezeichnung der Version</translation>
    </message>
    <message>
        <source>e.g. Start of order, 3-month review</source>
        <translation>z. B. Beginn der Auflage, Überprüfung nach 3 Monaten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date it after today on purpose</source>
        <translation>Absichtlich nach dem heutigen Tag datieren</translation>
    </message>
    <message>
        <source>A version is dated the day it is saved unless you say otherwise</source>
        <translation>Eine Version erhält das Datum des Tages, an dem sie gespeichert wird, sofern Sie nichts anderes angeben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What changed, what was agreed (optional)</source>
        <translation>Was sich geändert hat, was vereinbart wurde (optional)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>If one has happened or changed, you can cancel, update it with the client, and save after.</source>
        <translation>Wenn sich einer davon erledigt oder geändert hat, können Sie abbrechen, ihn mit der Klient:in aktualisieren und danach speichern.</translation>
    </message>
    <message>
        <source>The unsaved changes kept in this case cannot be read.</source>
        <translation>Die in diesem Fall aufbewahrten ungespeicherten Änderungen können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Open the case without them? Its saved versions and saved map are not affected; the unreadable changes are deleted.</source>
        <translation>Den Fall ohne sie öffnen? Seine gespeicherten Versionen und die gespeicherte Karte bleiben unberührt; die unlesbaren Änderungen werden gelöscht.</translation>
    </message>
    <message>
        <source>Open without them</source>
        <translation>Ohne sie öffnen</translation>
    </message>
    <message>
        <source>Before the map is saved for the first time, say whose map it is.</source>
        <translation>Bevor die Karte zum ersten Mal gespeichert wird, geben Sie an, wessen Karte es ist.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Save case as</source>
        <translation>Fall speichern unter</translation>
    </message>
    <message>
        <source>Export map as image</source>
        <translation>Karte als Bild exportieren</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{file} already exists.</source>
        <translation>{file} existiert bereits.</translation>
    </message>
    <message>
        <source>Ecomap never replaces a case file: choose another name.</source>
        <translation>Ecomap ersetzt nie eine Falldatei: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Ecomap JSON (*.json)</source>
        <translation>Ecomap-JSON (*.json)</translation>
    </message>
    <message>
        <source>GraphML, for network tools (*.graphml)</source>
        <translation>GraphML, für Netzwerkprogramme (*.graphml)</translation>
    </message>
    <message>
        <source>CSV, one row per tie (*.csv)</source>
        <translation>CSV, eine Zeile pro Beziehung (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Ecomap cases (*.ecomap)</source>
        <translation>Ecomap-Fälle (*.ecomap)</translation>
    </message>
    <message>
        <source>this new case</source>
        <translation>„Neuer Fall“</translation>
    </message>
    <message>
        <source>Start of order</source>
        <translation>Beginn der Auflage</translation>
    </message>
    <message numerus="yes">
        <source>%n-month review</source>
        <translation>
            <numerusform>Überprüfung nach %n Monat</numerusform>
            <numerusform>Überprüfung nach %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Gespeichert um {time}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>The case was not created.</source>
        <translation>Der Fall wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>Created {file}, protected by its passphrase</source>
        <translation>{file} angelegt und mit der Passphrase geschützt</translation>
    </message>
    <message>
        <source>Created {file}</source>
        <translation>{file} angelegt</translation>
    </message>
    <message>
        <source>{file} is already open</source>
        <translation>{file} ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geöffnet</translation>
    </message>
    <message>
        <source>The case could not be opened.</source>
        <translation>Der Fall konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The version was not saved.</source>
        <translation>Die Version wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved version {number}: {label}</source>
        <translation>Version {number} gespeichert: {label}</translation>
    </message>
    <message>
        <source>{task} is still going on: wait until it is done, or cancel it</source>
        <translation>{task}: läuft noch. Warten Sie, bis der Vorgang abgeschlossen ist, oder brechen Sie ihn ab</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes from {when}: save to keep them</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt (Stand: {when}): Speichern Sie, um sie zu behalten</translation>
    </message>
    <message>
        <source>Discarded the unsaved changes from {when}</source>
        <translation>Ungespeicherte Änderungen verworfen (Stand: {when})</translation>
    </message>
    <message>
        <source>The unsaved changes could not be discarded.</source>
        <translation>Die ungespeicherten Änderungen konnten nicht verworfen werden.</translation>
    </message>
    <message>
        <source>The case was not saved.</source>
        <translation>Der Fall wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Gespeichert als {file}</translation>
    </message>
    <message>
        <source>The map was not saved.</source>
        <translation>Die Karte wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}; nothing is saved here</source>
        <translation>Schreibgeschützt: Dieser Fall ist {reason}; hier wird nichts gespeichert</translation>
    </message>
    <message>
        <source>An unexpected error ({kind}) stopped it: {reason}. Nothing was changed.</source>
        <translation>Ein unerwarteter Fehler ({kind}) hat den Vorgang gestoppt: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Ecomap JSON, easyNWK or GraphML (*.json *.graphml *.xml)</source>
        <translation>Ecomap-JSON, easyNWK oder GraphML (*.json *.graphml *.xml)</translation>
    </message>
    <message>
        <source>Network Canvas mapping (*.toml *.json)</source>
        <translation>Network-Canvas-Zuordnung (*.toml *.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FlagLegend</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Open action</source>
        <translation>Offener Schritt</translation>
    </message>
    <message>
        <source>planned or under way</source>
        <translation>geplant oder begonnen</translation>
    </message>
    <message>
        <source>A small flag marks a person, place or tie that an open action of the plan is about.</source>
        <translation>Eine kleine Fahne markiert eine Person, einen Ort oder eine Beziehung, um die es in einem offenen Schritt des Plans geht.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the guide {file} was not found (looked in {folders})</source>
        <translation>der Leitfaden {file} wurde nicht gefunden (gesucht in {folders})</translation>
    </message>
    <message>
        <source>Ecomap guide</source>
        <translation>Ecomap-Leitfaden</translation>
    </message>
    <message>
        <source>The Ecomap guide could not be opened.</source>
        <translation>Der Ecomap-Leitfaden konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>No saved versions yet</source>
        <translation>Noch keine gespeicherten Versionen</translation>
    </message>
    <message>
        <source>The saved maps are not available here</source>
        <translation>Die gespeicherten Karten sind hier nicht verfügbar</translation>
    </message>
    <message>
        <source>Ties by capital</source>
        <translation>Beziehungen nach Kapital</translation>
    </message>
    <message>
        <source>Strong ties</source>
        <translation>Starke Beziehungen</translation>
    </message>
    <message>
        <source>Stressful ties</source>
        <translation>Belastende Beziehungen</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>Personen und Orte</translation>
    </message>
    <message>
        <source>Domains reached</source>
        <translation>Erreichte Lebensbereiche</translation>
    </message>
    <message>
        <source>Client's effective size</source>
        <translation>Effektive Größe der Klient:in</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{title}: no saved versions yet.</source>
        <translation>{title}: noch keine gespeicherten Versionen.</translation>
    </message>
    <message>
        <source>versions {first} to {last} not read out</source>
        <translation>Versionen {first} bis {last} nicht vorgelesen</translation>
    </message>
    <message>
        <source>version {number}: {values}</source>
        <translation>Version {number}: {values}</translation>
    </message>
    <message>
        <source>Working out… {done} of {total}</source>
        <translation>Wird berechnet… {done} von {total}</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Diagramm: {title}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>The working draft</source>
        <translation>Der Arbeitsentwurf</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>ohne Bezeichnung</translation>
    </message>
    <message>
        <source>Version {number}: {label}, {date}</source>
        <translation>Version {number}: {label}, {date}</translation>
    </message>
    <message>
        <source>Showing version {number} (read-only)</source>
        <translation>Version {number} wird angezeigt (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}; nothing is saved here</source>
        <translation>Schreibgeschützt: Dieser Fall ist {reason}; hier wird nichts gespeichert</translation>
    </message>
    <message>
        <source>Start a new draft from version {number}</source>
        <translation>Neuen Entwurf aus Version {number} beginnen</translation>
    </message>
    <message>
        <source>Save a version first: the draft is compared with the latest saved version</source>
        <translation>Speichern Sie zuerst eine Version: Der Entwurf wird mit der neuesten gespeicherten Version verglichen</translation>
    </message>
    <message>
        <source>Version {number} could not be shown.</source>
        <translation>Version {number} konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The working draft is now a copy of version {number} ({label}); Undo brings back the draft before</source>
        <translation>Der Arbeitsentwurf ist jetzt eine Kopie von Version {number} ({label}); Rückgängig holt den vorigen Entwurf zurück</translation>
    </message>
    <message>
        <source>The working draft is now a copy of version {number}; Undo brings back the draft before</source>
        <translation>Der Arbeitsentwurf ist jetzt eine Kopie von Version {number}; Rückgängig holt den vorigen Entwurf zurück</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Start a new draft from this version</source>
        <translation>Neuen Entwurf aus dieser Version beginnen</translation>
    </message>
    <message>
        <source>New draft from this version</source>
        <translation>Neuer Entwurf aus dieser Version</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Changes since the last version</source>
        <translation>Änderungen seit der letzten Version</translation>
    </message>
    <message>
        <source>Changes since last version</source>
        <translation>Änderungen seit letzter Version</translation>
    </message>
    <message>
        <source>Changes since last</source>
        <translation>Seit letzter Version</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Vergleichen ab Version</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Vergleichen mit Version</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the two versions</source>
        <translation>Die beiden Versionen vergleichen</translation>
    </message>
    <message>
        <source>Save two versions to compare them.</source>
        <translation>Speichern Sie zwei Versionen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Why compare is off</source>
        <translation>Warum Vergleichen nicht möglich ist</translation>
    </message>
    <message>
        <source>What changed in the working draft since the latest saved version</source>
        <translation>Was sich im Arbeitsentwurf seit der neuesten gespeicherten Version geändert hat</translation>
    </message>
    <message>
        <source>Compare the working draft with the latest saved version</source>
        <translation>Den Arbeitsentwurf mit der neuesten gespeicherten Version vergleichen</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation>Zwei Versionen vergleichen</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Working draft</source>
        <translation>Arbeitsentwurf</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>drawing a map needs a QApplication, but another kind of Qt application is running</source>
        <translation>zum Zeichnen einer Karte wird eine QApplication benötigt, aber eine andere Art von Qt-Anwendung läuft</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(ohne Endung)</translation>
    </message>
    <message>
        <source>cannot draw a map as {kind}; use .png or .svg</source>
        <translation>eine Karte kann nicht als {kind} gezeichnet werden; verwenden Sie .png oder .svg</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Ohne Bezeichnung</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the map is too large to draw as a PNG; try SVG</source>
        <translation>die Karte ist zu groß, um sie als PNG zu zeichnen; versuchen Sie SVG</translation>
    </message>
    <message>
        <source>the picture could not be encoded as PNG ({reason})</source>
        <translation>das Bild konnte nicht als PNG kodiert werden ({reason})</translation>
    </message>
    <message>
        <source>Working map</source>
        <translation>Arbeitskarte</translation>
    </message>
    <message>
        <source>Export map as image</source>
        <translation>Karte als Bild exportieren</translation>
    </message>
    <message>
        <source>Pseudonymise names: initials or roles instead of names</source>
        <translation>Namen pseudonymisieren: Initialen oder Rollen statt Namen</translation>
    </message>
    <message>
        <source>Keep the case reference</source>
        <translation>Aktenzeichen beibehalten</translation>
    </message>
    <message>
        <source>Show the real case reference in the caption and the file name; otherwise a pseudonym ("Case" and eight letters or digits)</source>
        <translation>Das echte Aktenzeichen in der Bildunterschrift und im Dateinamen zeigen; sonst ein Pseudonym („Case“ und acht Buchstaben oder Ziffern)</translation>
    </message>
    <message>
        <source>Caption below the map:</source>
        <translation>Bildunterschrift unter der Karte:</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The picture shows the map on the canvas: {title}, {date}.</source>
        <translation>Das Bild zeigt die Karte auf der Arbeitsfläche: {title}, {date}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The picture was not saved.</source>
        <translation>Das Bild wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Exported the map to {file}</source>
        <translation>Karte nach {file} exportiert</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>version {first}</source>
        <translation>Version {first}</translation>
    </message>
    <message>
        <source>versions {first} and {last}</source>
        <translation>Versionen {first} und {last}</translation>
    </message>
    <message>
        <source>versions {first} to {last}</source>
        <translation>Versionen {first} bis {last}</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Client {client}, case reference {reference}</source>
        <translation>Klient:in {client}, Aktenzeichen {reference}</translation>
    </message>
    <message>
        <source>Client {client}, no case reference</source>
        <translation>Klient:in {client}, kein Aktenzeichen</translation>
    </message>
    <message>
        <source>No client named, case reference {reference}</source>
        <translation>Keine Klient:in genannt, Aktenzeichen {reference}</translation>
    </message>
    <message>
        <source>No client named, no case reference</source>
        <translation>Keine Klient:in genannt, kein Aktenzeichen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Open as a new case</source>
        <translation>Als neuen Fall öffnen</translation>
    </message>
    <message>
        <source>Add its versions to this case ({case})</source>
        <translation>Die Versionen diesem Fall hinzufügen ({case})</translation>
    </message>
    <message>
        <source>Not possible: {file} {reason}</source>
        <translation>Nicht möglich: {file} {reason}</translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation>Nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Saved as {numbers}, after the versions already saved; saved versions cannot be changed or removed. The working draft stays as it is.</source>
        <translation>Gespeichert als {numbers}, nach den bereits gespeicherten Versionen; gespeicherte Versionen können nicht geändert oder entfernt werden. Der Arbeitsentwurf bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Its versions become the versions of a new case file; you choose where to save it.</source>
        <translation>Die Versionen der Datei werden zu den Versionen einer neuen Falldatei; Sie wählen, wo sie gespeichert wird.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Versions in the file</source>
        <translation>Versionen in der Datei</translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation>{task}: läuft noch</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{path}: holds no versions</source>
        <translation>{path}: enthält keine Versionen</translation>
    </message>
    <message>
        <source>No versions were added to this case.</source>
        <translation>Diesem Fall wurden keine Versionen hinzugefügt.</translation>
    </message>
    <message>
        <source>{file} is a Network Canvas interview.</source>
        <translation>{file} ist ein Network-Canvas-Interview.</translation>
    </message>
    <message>
        <source>Ecomap's default mapping reads the client from the ego, people and places from the node types, and strength from a closeness variable. A mapping file says exactly how your protocol's types and variables become Ecomap's.</source>
        <translation>Die Standardzuordnung von Ecomap liest die Klient:in aus dem Ego, Personen und Orte aus den Knotentypen und die Stärke aus einer Nähe-Variablen. Eine Zuordnungsdatei legt genau fest, wie die Typen und Variablen Ihres Protokolls zu denen von Ecomap werden.</translation>
    </message>
    <message>
        <source>Use the default mapping</source>
        <translation>Standardzuordnung verwenden</translation>
    </message>
    <message>
        <source>Choose a mapping file…</source>
        <translation>Zuordnungsdatei wählen…</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Zuordnungsdatei</translation>
    </message>
    <message numerus="yes">
        <source>Add %n version(s) from {file} to {case}?</source>
        <translation>
            <numerusform>%n Version aus {file} zu {case} hinzufügen?</numerusform>
            <numerusform>%n Versionen aus {file} zu {case} hinzufügen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved versions cannot be changed or removed afterwards. The working draft stays as it is.</source>
        <translation>Gespeicherte Versionen können danach weder geändert noch entfernt werden. Der Arbeitsentwurf bleibt, wie er ist.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n version(s)</source>
        <translation>
            <numerusform>%n Version hinzufügen</numerusform>
            <numerusform>%n Versionen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>this case is read-only ({reason})</source>
        <translation>dieser Fall ist schreibgeschützt ({reason})</translation>
    </message>
    <message>
        <source>this case has no file yet; save it first (File &gt; Save)</source>
        <translation>dieser Fall hat noch keine Datei; speichern Sie ihn zuerst (Datei &gt; Speichern)</translation>
    </message>
    <message>
        <source>The case was not created.</source>
        <translation>Der Fall wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>Imported {file} into {target}; it was not opened</source>
        <translation>{file} in {target} importiert; der Fall wurde nicht geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n version(s) from {file} into {target}</source>
        <translation>
            <numerusform>%n Version aus {file} in {target} importiert</numerusform>
            <numerusform>%n Versionen aus {file} in {target} importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {numbers} from {file}</source>
        <translation>{numbers} aus {file} hinzugefügt</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Double-click the canvas to add a person; drag from a person's edge to another to tie them.</source>
        <translation>Doppelklicken Sie auf die Fläche, um eine Person hinzuzufügen; ziehen Sie vom Rand einer Person zu einer anderen, um sie zu verbinden.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>One way</source>
        <translation>Eine Richtung</translation>
    </message>
    <message>
        <source>Other way</source>
        <translation>Andere Richtung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Read-only: this map can be looked at but not changed.</source>
        <translation>Schreibgeschützt: Diese Karte kann angesehen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>Notizen zu dieser Person</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Area of life</source>
        <translation>&amp;Lebensbereich</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Tie between</source>
        <translation>Beziehung zwischen</translation>
    </message>
    <message>
        <source>Social capital</source>
        <translation>Sozialkapital</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Stressful (hatched line)</source>
        <translation>Belastend (schraffierte Linie)</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation>Belastend</translation>
    </message>
    <message>
        <source>Flow of energy</source>
        <translation>Energiefluss</translation>
    </message>
    <message>
        <source>Notes about this tie</source>
        <translation>Notizen zu dieser Beziehung</translation>
    </message>
    <message>
        <source>Social &amp;capital</source>
        <translation>Sozial&amp;kapital</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Stärke</translation>
    </message>
    <message>
        <source>F&amp;low of energy</source>
        <translation>&amp;Energiefluss</translation>
    </message>
    <message>
        <source>The client stays the client</source>
        <translation>Die Klient:in bleibt Klient:in</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Between {first} and {second}</source>
        <translation>Zwischen {first} und {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n ties selected: a change applies to all of them</source>
        <translation>
            <numerusform>%n Beziehung ausgewählt: eine Änderung gilt für sie</numerusform>
            <numerusform>%n Beziehungen ausgewählt: eine Änderung gilt für alle</numerusform>
        </translation>
    </message>
    <message>
        <source>These ties have different notes: select one tie to change its notes</source>
        <translation>Diese Beziehungen haben unterschiedliche Notizen: Wählen Sie eine Beziehung, um ihre Notizen zu ändern</translation>
    </message>
    <message>
        <source>Anything worth remembering (shown in the PDF unless left out)</source>
        <translation>Alles, was man sich merken sollte (erscheint im PDF, sofern nicht ausgelassen)</translation>
    </message>
    <message>
        <source>Select one tie to choose a direction</source>
        <translation>Wählen Sie eine Beziehung, um eine Richtung festzulegen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Saved {language}; {variable} is set, so it decides while it is set.</source>
        <translation>{language} gespeichert; {variable} ist gesetzt und entscheidet, solange es gesetzt ist.</translation>
    </message>
    <message>
        <source>Ecomap speaks {language}.</source>
        <translation>Ecomap spricht {language}.</translation>
    </message>
    <message>
        <source>Ecomap will speak {language} the next time it starts.</source>
        <translation>Ecomap spricht beim nächsten Start {language}.</translation>
    </message>
</context>
<context>
    <name>LeftBehind</name>
    <message>
        <source>A recovery file could not be read and was left as it is: {file}</source>
        <translation>Eine Wiederherstellungsdatei konnte nicht gelesen werden und wurde unverändert gelassen: {file}</translation>
    </message>
    <message>
        <source>The unsaved case could not be removed: {error}</source>
        <translation>Der nicht gespeicherte Fall konnte nicht entfernt werden: {error}</translation>
    </message>
    <message>
        <source>The unsaved case could not be recovered.</source>
        <translation>Der nicht gespeicherte Fall konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Recovered a new case that was never saved: save it to keep it</source>
        <translation>Ein nie gespeicherter neuer Fall wurde wiederhergestellt: Speichern Sie ihn, um ihn zu behalten</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>thick</source>
        <translation>dick</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>dünn</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>gestrichelt</translation>
    </message>
    <message>
        <source>{meaning}; point at a flag to read it</source>
        <translation>{meaning}; zeigen Sie auf eine Fahne, um sie zu lesen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Tie colour and letter show the kind of social capital; line weight shows strength, cross-strokes mark a stressful tie and arrows show which way energy flows.</source>
        <translation>Farbe und Buchstabe der Beziehung zeigen die Art des Sozialkapitals; die Linienstärke zeigt die Stärke, Querstriche markieren eine belastende Beziehung und Pfeile zeigen, in welche Richtung Energie fließt.</translation>
    </message>
    <message>
        <source>{name} ({mark}) {count}</source>
        <translation>{name} ({mark}) {count}</translation>
    </message>
    <message>
        <source>{nodes}, {ties}: {capitals}; {strengths}; {stressful} stressful; {domains} reached.</source>
        <translation>{nodes}, {ties}: {capitals}; {strengths}; {stressful} belastend; {domains} erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n people and places</source>
        <translation>
            <numerusform>%n Person oder Ort</numerusform>
            <numerusform>%n Personen und Orte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n areas of life</source>
        <translation>
            <numerusform>%n Lebensbereich</numerusform>
            <numerusform>%n Lebensbereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {meaning}.</source>
        <translation>{name}: {meaning}.</translation>
    </message>
    <message>
        <source>The client is the large circle; a person a circle, a pet a diamond, a group a rounded square, an organisation a square.</source>
        <translation>Die Klient:in ist der große Kreis; eine Person ein Kreis, ein Haustier eine Raute, eine Gruppe ein abgerundetes Quadrat, eine Organisation ein Quadrat.</translation>
    </message>
</context>
<context>
    <name>Legibility</name>
    <message numerus="yes">
        <source>%n label(s) overlap</source>
        <translation>
            <numerusform>%n Beschriftung überlappt</numerusform>
            <numerusform>%n Beschriftungen überlappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie mark(s) covered</source>
        <translation>
            <numerusform>%n Beziehungszeichen ist verdeckt</numerusform>
            <numerusform>%n Beziehungszeichen sind verdeckt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s) running through people</source>
        <translation>
            <numerusform>%n Beziehung verläuft durch eine Person</numerusform>
            <numerusform>%n Beziehungen verlaufen durch Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) outside their sector</source>
        <translation>
            <numerusform>%n Person ist außerhalb ihres Sektors</numerusform>
            <numerusform>%n Personen sind außerhalb ihrer Sektoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) outside their ring</source>
        <translation>
            <numerusform>%n Person ist außerhalb ihres Kreises</numerusform>
            <numerusform>%n Personen sind außerhalb ihrer Kreise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>People and places</source>
        <translation>Personen und Orte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>the map</source>
        <translation>die Karte</translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}</source>
        <translation>Schreibgeschützt: Dieser Fall ist {reason}</translation>
    </message>
    <message>
        <source>An unexpected error ({error}) happened while closing the case.</source>
        <translation>Beim Schließen des Falls ist ein unerwarteter Fehler ({error}) aufgetreten.</translation>
    </message>
    <message>
        <source>Ecomap did not close, so that nothing is lost.</source>
        <translation>Ecomap wurde nicht geschlossen, damit nichts verloren geht.</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Kind of tie (colour and letter)</source>
        <translation>Art der Beziehung (Farbe und Buchstabe)</translation>
    </message>
    <message>
        <source>Kind of tie</source>
        <translation>Art der Beziehung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation>Belastend</translation>
    </message>
    <message>
        <source>Energy flow</source>
        <translation>Energiefluss</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In beide Richtungen</translation>
    </message>
    <message>
        <source>People and places (shape)</source>
        <translation>Personen und Orte (Form)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Rings: how close to the client (close, middle, outer). Sectors and pale fills: the area of life.</source>
        <translation>Kreise: wie nah an der Klient:in (innen, Mitte, außen). Sektoren und blasse Flächen: der Lebensbereich.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>People and places</source>
        <translation>Personen und Orte</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>bonding (B)</source>
        <translation>bindend (B)</translation>
    </message>
    <message>
        <source>bridging (Br)</source>
        <translation>brückenbildend (Br)</translation>
    </message>
    <message>
        <source>linking (L)</source>
        <translation>verknüpfend (L)</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>tenuous</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>Stressful ties</source>
        <translation>Belastende Beziehungen</translation>
    </message>
    <message>
        <source>Areas of life reached</source>
        <translation>Erreichte Lebensbereiche</translation>
    </message>
    <message>
        <source>Client's ties</source>
        <translation>Beziehungen der Klient:in</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Effektive Größe</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Beschränkung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Density: the share of all possible ties between the people and places on the map that exist. Effective size: how many separate groups the client's ties reach (higher means more bridging). Constraint: how far the client's ties all lead into one close group (lower means a more open network). A dash means the measure is undefined because the client has no ties.</source>
        <translation>Dichte: der Anteil der möglichen Beziehungen zwischen den Personen und Orten auf der Karte, die tatsächlich bestehen. Effektive Größe: wie viele getrennte Gruppen die Beziehungen der Klient:in erreichen (höher heißt mehr brückenbildend). Beschränkung: wie sehr alle Beziehungen der Klient:in in eine enge Gruppe führen (niedriger heißt ein offeneres Netzwerk). Ein Strich bedeutet, dass der Wert nicht bestimmt ist, weil die Klient:in keine Beziehungen hat.</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <source>Before the map is saved for the first time, say whose map it is.</source>
        <translation>Bevor die Karte zum ersten Mal gespeichert wird, geben Sie an, wessen Karte es ist.</translation>
    </message>
    <message>
        <source>This case is protected by a passphrase: its file will be protected by it too.</source>
        <translation>Dieser Fall ist durch eine Passphrase geschützt: Seine Datei wird ebenfalls durch sie geschützt.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <source>&amp;Protect this case with a passphrase</source>
        <translation>Diesen Fall mit einer Passphrase &amp;schützen</translation>
    </message>
    <message>
        <source>The case file is encrypted: it opens only with the passphrase</source>
        <translation>Die Falldatei ist verschlüsselt: Sie öffnet sich nur mit der Passphrase</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>Bonding</source>
        <translation>Bindend</translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation>Brückenbildend</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Verknüpfend</translation>
    </message>
    <message>
        <source>bonding</source>
        <translation>bindend</translation>
    </message>
    <message>
        <source>bridging</source>
        <translation>brückenbildend</translation>
    </message>
    <message>
        <source>linking</source>
        <translation>verknüpfend</translation>
    </message>
    <message>
        <source>close ties among similar people</source>
        <translation>enge Beziehungen unter ähnlichen Menschen</translation>
    </message>
    <message>
        <source>ties across groups</source>
        <translation>Beziehungen über Gruppen hinweg</translation>
    </message>
    <message>
        <source>ties to institutions and authority</source>
        <translation>Beziehungen zu Institutionen und Behörden</translation>
    </message>
    <message>
        <source>close ties among people like them — family, close friends</source>
        <translation>enge Beziehungen zu Menschen wie ihnen — Familie, enge Freund:innen</translation>
    </message>
    <message>
        <source>ties across different groups — a recovery café, a sports club, a peer mentor, a workplace</source>
        <translation>Beziehungen über verschiedene Gruppen hinweg — ein Recovery-Café, ein Sportverein, eine Peer-Mentor:in, ein Arbeitsplatz</translation>
    </message>
    <message>
        <source>ties to people with authority or resources — probation officer, job centre, housing officer, GP</source>
        <translation>Beziehungen zu Menschen mit Befugnissen oder Mitteln — Bewährungshilfe, Jobcenter, Wohnungsamt, Hausarztpraxis</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Tenuous</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>tenuous</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>No flow marked</source>
        <translation>Kein Energiefluss markiert</translation>
    </message>
    <message>
        <source>Flows to the second</source>
        <translation>Fließt zum zweiten Ende</translation>
    </message>
    <message>
        <source>Flows to the first</source>
        <translation>Fließt zum ersten Ende</translation>
    </message>
    <message>
        <source>Flows both ways</source>
        <translation>Fließt in beide Richtungen</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Haustier</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>pet</source>
        <translation>Haustier</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Freundeskreis</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeinwesen</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Arbeit &amp; Bildung</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justiz</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>Freundeskreis</translation>
    </message>
    <message>
        <source>community</source>
        <translation>Gemeinwesen</translation>
    </message>
    <message>
        <source>work and education</source>
        <translation>Arbeit &amp; Bildung</translation>
    </message>
    <message>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>justice</source>
        <translation>Justiz</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Innen</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Outer</source>
        <translation>Außen</translation>
    </message>
</context>
<context>
    <name>OpenCase</name>
    <message>
        <source>not assigned to you, so you may read it but not change it</source>
        <translation>Ihnen nicht zugewiesen, daher dürfen Sie ihn lesen, aber nicht ändern</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>open in another Ecomap</source>
        <translation>in einem anderen Ecomap-Fenster geöffnet</translation>
    </message>
    <message>
        <source>this case has not been saved to a file yet</source>
        <translation>dieser Fall wurde noch nicht in einer Datei gespeichert</translation>
    </message>
    <message>
        <source>is read-only here ({reason})</source>
        <translation>ist hier schreibgeschützt ({reason})</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Nothing matches. Clear the search, or double-click the map to add anyone.</source>
        <translation>Keine Treffer. Leeren Sie die Suche oder doppelklicken Sie auf die Karte, um jemanden hinzuzufügen.</translation>
    </message>
    <message>
        <source>{entry}: {kind}, {domain}</source>
        <translation>{entry}: {kind}, {domain}</translation>
    </message>
    <message>
        <source>{entry}, {domain}</source>
        <translation>{entry}, {domain}</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>Personen und Orte</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Find a person or place</source>
        <translation>Person oder Ort suchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Type to filter the list; Enter adds the best match, or what you typed as someone new if nothing matches; Down moves into the list</source>
        <translation>Tippen, um die Liste zu filtern; Enter fügt den besten Treffer hinzu oder, wenn nichts passt, das Getippte als neue Person; Pfeil nach unten wechselt in die Liste</translation>
    </message>
    <message>
        <source>People and places to add</source>
        <translation>Personen und Orte zum Hinzufügen</translation>
    </message>
    <message>
        <source>Grouped by area of life. Enter or double-click adds the entry to the map; drag to place it.</source>
        <translation>Nach Lebensbereich gruppiert. Enter oder Doppelklick fügt den Eintrag der Karte hinzu; zum Platzieren ziehen.</translation>
    </message>
    <message>
        <source>Double-click, press Enter or drag onto the map to add.</source>
        <translation>Doppelklicken, Enter drücken oder auf die Karte ziehen, um hinzuzufügen.</translation>
    </message>
    <message>
        <source>How to add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Nothing matches. Enter adds “{name}” as a new {kind}.</source>
        <translation>Keine Treffer. Enter fügt „{name}“ neu hinzu ({kind}).</translation>
    </message>
    <message>
        <source>Nothing matches. Enter adds “{name}” as a new {kind} in {domain}.</source>
        <translation>Keine Treffer. Enter fügt „{name}“ neu hinzu ({kind}, {domain}).</translation>
    </message>
</context>
<context>
    <name>PaneFocus</name>
    <message>
        <source>Keyboard in: {pane} ({keys} goes on)</source>
        <translation>Tastatur: {pane} ({keys} wechselt weiter)</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>Passphrase an&amp;zeigen</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Choose a long passphrase: several words that you will remember, not a single word or a name.</source>
        <translation>Wählen Sie eine lange Passphrase: mehrere Wörter, die Sie sich merken können, kein einzelnes Wort und kein Name.</translation>
    </message>
    <message>
        <source>This one is short: a few more words make it much harder to guess.</source>
        <translation>Diese ist kurz: Ein paar Wörter mehr machen sie viel schwerer zu erraten.</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, the case cannot be opened again. Nobody can recover it: not Ecomap, not your IT team, not anyone. Keep it where your service keeps such things.</source>
        <translation>Wenn die Passphrase vergessen wird, kann der Fall nie wieder geöffnet werden. Niemand kann sie wiederherstellen: nicht Ecomap, nicht Ihre IT-Abteilung, niemand. Bewahren Sie sie dort auf, wo Ihre Dienststelle solche Dinge aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>New passphrase, once &amp;more:</source>
        <translation>Neue Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Type a passphrase (it cannot be empty or only spaces).</source>
        <translation>Geben Sie eine Passphrase ein (sie darf nicht leer sein oder nur aus Leerzeichen bestehen).</translation>
    </message>
    <message>
        <source>The two passphrases are not the same: type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein: Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>That is not the passphrase this case is protected by now.</source>
        <translation>Das ist nicht die Passphrase, mit der dieser Fall derzeit geschützt ist.</translation>
    </message>
    <message>
        <source>Protected case – Ecomap</source>
        <translation>Geschützter Fall – Ecomap</translation>
    </message>
    <message>
        <source>{file} is protected by a passphrase. Type the passphrase to open it.</source>
        <translation>{file} ist durch eine Passphrase geschützt. Geben Sie die Passphrase ein, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>That passphrase did not open {file}. This is the last try.</source>
        <translation>Diese Passphrase hat {file} nicht geöffnet. Dies ist der letzte Versuch.</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase did not open {file}. %n tries are left.</source>
        <translation>
            <numerusform>Diese Passphrase hat {file} nicht geöffnet. Es bleibt noch %n Versuch.</numerusform>
            <numerusform>Diese Passphrase hat {file} nicht geöffnet. Es bleiben noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Type the passphrase, or Cancel to leave the case closed.</source>
        <translation>Geben Sie die Passphrase ein, oder wählen Sie Abbrechen, damit der Fall geschlossen bleibt.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>{file} will open only with the new passphrase; the old one will no longer open it.</source>
        <translation>{file} lässt sich dann nur noch mit der neuen Passphrase öffnen; die alte öffnet die Datei nicht mehr.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <source>{file} will be encrypted: without the passphrase, nobody can read anything in it, not even who it is about. Ecomap asks for the passphrase each time the case is opened.</source>
        <translation>{file} wird verschlüsselt: Ohne die Passphrase kann niemand etwas darin lesen, nicht einmal, um wen es geht. Ecomap fragt bei jedem Öffnen des Falls nach der Passphrase.</translation>
    </message>
    <message>
        <source>Your unsaved changes stay as they are: they are protected too, and Save keeps them.</source>
        <translation>Ihre ungespeicherten Änderungen bleiben, wie sie sind: Sie sind ebenfalls geschützt, und Speichern übernimmt sie.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>{file} will be written again without encryption. Anyone who has the file, or a copy of it, will be able to read everything in it: the client's name, the people on the map and the notes. Only do this if your service allows such files unprotected.</source>
        <translation>{file} wird ohne Verschlüsselung neu geschrieben. Wer die Datei oder eine Kopie davon hat, kann alles darin lesen: den Namen der Klient:in, die Personen auf der Karte und die Notizen. Tun Sie dies nur, wenn Ihre Dienststelle solche Dateien ungeschützt erlaubt.</translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation>Schutz entfernen</translation>
    </message>
    <message>
        <source>&amp;Current passphrase, to confirm:</source>
        <translation>&amp;Aktuelle Passphrase zur Bestätigung:</translation>
    </message>
    <message>
        <source>Recover the protected new case from {when}?</source>
        <translation>Den geschützten neuen Fall wiederherstellen (Stand: {when})?</translation>
    </message>
    <message>
        <source>Ecomap closed before a new case protected by a passphrase was saved to a file. Recover asks for its passphrase and brings it back (save it to keep it); Discard deletes it for good.</source>
        <translation>Ecomap wurde beendet, bevor ein neuer, durch eine Passphrase geschützter Fall in einer Datei gespeichert war. Wiederherstellen fragt nach seiner Passphrase und holt ihn zurück (speichern Sie ihn, um ihn zu behalten); Verwerfen löscht ihn endgültig.</translation>
    </message>
    <message>
        <source>is protected and the passphrase was not right three times; it was not opened</source>
        <translation>ist geschützt, und die Passphrase war dreimal falsch; die Datei wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>PdfChart</name>
    <message>
        <source>Ties</source>
        <comment>the chart's vertical axis: how many ties</comment>
        <translation>Beziehungen</translation>
    </message>
</context>
<context>
    <name>PdfCohort</name>
    <message>
        <source>Mean client ties per case</source>
        <translation>Beziehungen der Klient:innen, Mittel je Fall</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Erste Version</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Letzte Version</translation>
    </message>
    <message>
        <source>first</source>
        <comment>under the bar of the first versions</comment>
        <translation>erste</translation>
    </message>
    <message>
        <source>latest</source>
        <comment>under the bar of the latest versions</comment>
        <translation>letzte</translation>
    </message>
    <message>
        <source>rose in {percent} of cases</source>
        <translation>gestiegen in {percent} der Fälle</translation>
    </message>
    <message>
        <source>fell in {percent}</source>
        <translation>gesunken in {percent}</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Cases first</source>
        <translation>Fälle zuerst</translation>
    </message>
    <message>
        <source>Cases latest</source>
        <translation>Fälle zuletzt</translation>
    </message>
    <message>
        <source>Cases reaching each asset</source>
        <translation>Fälle, die die Ressource erreichen</translation>
    </message>
    <message>
        <source>Effective size counts the client's contacts who are not tied to one another: how many separate circles the client's ties reach. Higher means more brokerage between circles, that is more bridging capital.</source>
        <translation>Die effektive Größe zählt die Kontakte der Klient:in, die nicht untereinander verbunden sind: wie viele getrennte Kreise die Beziehungen der Klient:in erreichen. Höher heißt mehr Vermittlung zwischen Kreisen, also mehr brückenbildendes Kapital.</translation>
    </message>
    <message>
        <source>Each case counts once: its first saved version against its latest (a case with one version counts as the same). Ties are the client's own ties. The figures describe the cohort as a whole: no client, worker or other person is named anywhere in this summary.</source>
        <translation>Jeder Fall zählt einmal: seine erste gespeicherte Version gegenüber seiner letzten (ein Fall mit nur einer Version zählt als unverändert). Beziehungen sind die eigenen Beziehungen der Klient:in. Die Zahlen beschreiben die Kohorte als Ganzes: Keine Klient:in, Fachkraft oder andere Person wird in dieser Zusammenfassung genannt.</translation>
    </message>
    <message>
        <source>The mean number of the client's ties of each kind per case, at each case's first saved version and at its latest; under each pair, the share of cases in which that kind of tie rose and fell.</source>
        <translation>Die mittlere Zahl der Beziehungen der Klient:in jeder Art je Fall, bei der ersten gespeicherten Version jedes Falls und bei seiner letzten; unter jedem Paar der Anteil der Fälle, in denen diese Art von Beziehung zu- und abnahm.</translation>
    </message>
    <message>
        <source>Client ties by kind of capital</source>
        <translation>Beziehungen der Klient:innen nach Kapitalart</translation>
    </message>
    <message>
        <source>The client's effective size</source>
        <translation>Effektive Größe der Klient:in</translation>
    </message>
    <message>
        <source>Mean per case: {first} at the first version, {latest} at the latest ({change}).</source>
        <translation>Mittel je Fall: {first} bei der ersten Version, {latest} bei der letzten ({change}).</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), each its first and latest saved version</source>
        <translation>
            <numerusform>%n Fall, jeweils mit erster und letzter gespeicherter Version</numerusform>
            <numerusform>%n Fälle, jeweils mit erster und letzter gespeicherter Version</numerusform>
        </translation>
    </message>
    <message>
        <source>no dates recorded</source>
        <translation>keine Daten erfasst</translation>
    </message>
    <message>
        <source>Across the cohort</source>
        <translation>Die Kohorte insgesamt</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Nicht gezählt</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be read and are not counted (ecomap cohort names them).</source>
        <translation>
            <numerusform>%n Quelle konnte nicht gelesen werden und wird nicht gezählt (ecomap cohort nennt sie).</numerusform>
            <numerusform>%n Quellen konnten nicht gelesen werden und werden nicht gezählt (ecomap cohort nennt sie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Groups and organisations in the community or in work and education that clients have a tie to: how many cases reached each at their first saved version and at their latest, of %n case(s).</source>
        <translation>
            <numerusform>Gruppen und Organisationen im Gemeinwesen oder in Arbeit &amp; Bildung, zu denen Klient:innen eine Beziehung haben: wie viele Fälle jede bei ihrer ersten gespeicherten Version und bei ihrer letzten erreichten, von %n Fall.</numerusform>
            <numerusform>Gruppen und Organisationen im Gemeinwesen oder in Arbeit &amp; Bildung, zu denen Klient:innen eine Beziehung haben: wie viele Fälle jede bei ihrer ersten gespeicherten Version und bei ihrer letzten erreichten, von %n Fällen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only assets reached by at least %n case(s), at the first version or the latest, are shown.</source>
        <translation>
            <numerusform>Gezeigt werden nur Ressourcen, die von mindestens %n Fall erreicht werden, bei der ersten oder der letzten Version.</numerusform>
            <numerusform>Gezeigt werden nur Ressourcen, die von mindestens %n Fällen erreicht werden, bei der ersten oder der letzten Version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Community assets</source>
        <translation>Ressourcen im Gemeinwesen</translation>
    </message>
    <message numerus="yes">
        <source>No community asset is reached by at least %n case(s), so none is shown.</source>
        <translation>
            <numerusform>Keine Ressource im Gemeinwesen wird von mindestens %n Fall erreicht, daher wird keine gezeigt.</numerusform>
            <numerusform>Keine Ressource im Gemeinwesen wird von mindestens %n Fällen erreicht, daher wird keine gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client's map has a community asset on it, so there is none to show.</source>
        <translation>Auf keiner Karte einer Klient:in steht eine Ressource im Gemeinwesen, daher gibt es keine zu zeigen.</translation>
    </message>
    <message>
        <source>The chart shows the {shown} assets most reached at the latest version; the table lists all {all}.</source>
        <translation>Das Diagramm zeigt die {shown} Ressourcen, die bei der letzten Version am häufigsten erreicht werden; die Tabelle führt alle {all} auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) reached by fewer than {k} cases are not shown, so that no figure points at one client.</source>
        <translation>
            <numerusform>%n Ressource, die von weniger als {k} Fällen erreicht wird, wird nicht gezeigt, damit keine Zahl auf eine einzelne Klient:in verweist.</numerusform>
            <numerusform>%n Ressourcen, die von weniger als {k} Fällen erreicht werden, werden nicht gezeigt, damit keine Zahl auf eine einzelne Klient:in verweist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ties, mean per case</source>
        <translation>Beziehungen der Klient:in, Mittel je Fall</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Community asset</source>
        <translation>Ressource im Gemeinwesen</translation>
    </message>
    <message>
        <source>Cases first (of {cases})</source>
        <translation>Fälle zuerst (von {cases})</translation>
    </message>
    <message>
        <source>Cases latest (of {cases})</source>
        <translation>Fälle zuletzt (von {cases})</translation>
    </message>
    <message>
        <source>Ecomap cohort summary</source>
        <translation>Ecomap-Kohortenübersicht</translation>
    </message>
    <message>
        <source>Ecomap cohort summary: how clients' ties and community assets changed across a cohort</source>
        <translation>Ecomap-Kohortenübersicht: wie sich Beziehungen von Klient:innen und Ressourcen im Gemeinwesen in einer Kohorte verändert haben</translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %n case(s)</source>
        <translation>
            <numerusform>Kohorte aus %n Fall</numerusform>
            <numerusform>Kohorte aus %n Fällen</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
</context>
<context>
    <name>PdfContent</name>
    <message>
        <source>Version {number}: {label}</source>
        <translation>Version {number}: {label}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>the case has no saved versions to summarise</source>
        <translation>der Fall hat keine gespeicherten Versionen zum Zusammenfassen</translation>
    </message>
    <message>
        <source>no versions were chosen</source>
        <translation>es wurden keine Versionen gewählt</translation>
    </message>
    <message>
        <source>the case has no version {number} (it has only version 1)</source>
        <translation>der Fall hat keine Version {number} (er hat nur Version 1)</translation>
    </message>
    <message>
        <source>the case has no version {number} (it has {total}: 1 to {total})</source>
        <translation>der Fall hat keine Version {number} (er hat {total}: 1 bis {total})</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>asset names hold right-to-left writing (such as Arabic or Hebrew), which prints left to right</source>
        <translation>Namen von Ressourcen enthalten Schrift, die von rechts nach links läuft (etwa Arabisch oder Hebräisch) und von links nach rechts gedruckt wird</translation>
    </message>
    <message>
        <source>names or notes hold right-to-left writing (such as Arabic or Hebrew), which prints left to right</source>
        <translation>Namen oder Notizen enthalten Schrift, die von rechts nach links läuft (etwa Arabisch oder Hebräisch) und von links nach rechts gedruckt wird</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) in asset names are not in the PDF's font and print as boxes: {shown}</source>
        <translation>
            <numerusform>%n Zeichen in Namen von Ressourcen fehlt in der Schrift des PDFs und wird als Kästchen gedruckt: {shown}</numerusform>
            <numerusform>%n Zeichen in Namen von Ressourcen fehlen in der Schrift des PDFs und werden als Kästchen gedruckt: {shown}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) in names or notes are not in the PDF's font and print as boxes: {shown}</source>
        <translation>
            <numerusform>%n Zeichen in Namen oder Notizen fehlt in der Schrift des PDFs und wird als Kästchen gedruckt: {shown}</numerusform>
            <numerusform>%n Zeichen in Namen oder Notizen fehlen in der Schrift des PDFs und werden als Kästchen gedruckt: {shown}</numerusform>
        </translation>
    </message>
    <message>
        <source>Ecomap summary</source>
        <translation>Ecomap-Zusammenfassung</translation>
    </message>
    <message>
        <source>Ecomap summary: a client's network and how it changed over time</source>
        <translation>Ecomap-Zusammenfassung: das Netzwerk einer Klient:in und wie es sich im Lauf der Zeit verändert hat</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>sein Ordner existiert nicht</translation>
    </message>
    <message>
        <source>cannot be written ({reason})</source>
        <translation>kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>the protective marking is longer than {limit} characters</source>
        <translation>der Schutzvermerk ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the protective marking holds characters that cannot be printed</source>
        <translation>der Schutzvermerk enthält Zeichen, die nicht gedruckt werden können</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>PDF-Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Schutzvermerk</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Open the PDF when it is done</source>
        <translation>PDF nach dem Erstellen öffnen</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Versions to include</source>
        <translation>Einzubeziehende Versionen</translation>
    </message>
    <message>
        <source>The working draft has changes not saved as a version: the summary shows saved versions only.</source>
        <translation>Der Arbeitsentwurf enthält Änderungen, die nicht als Version gespeichert sind: Die Zusammenfassung zeigt nur gespeicherte Versionen.</translation>
    </message>
    <message>
        <source>Making the PDF summary</source>
        <translation>Erstellung der PDF-Zusammenfassung</translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation>{task}: läuft noch</translation>
    </message>
    <message>
        <source>There is no saved version to summarise yet.</source>
        <translation>Es gibt noch keine gespeicherte Version für eine Zusammenfassung.</translation>
    </message>
    <message>
        <source>Save the map as a version first (File &gt; Save version…); the summary shows saved versions.</source>
        <translation>Speichern Sie die Karte zuerst als Version (Datei &gt; Version speichern…); die Zusammenfassung zeigt gespeicherte Versionen.</translation>
    </message>
    <message>
        <source>{name} summary {date}</source>
        <translation>{name} Zusammenfassung {date}</translation>
    </message>
    <message>
        <source>Exported the PDF summary to {file}</source>
        <translation>PDF-Zusammenfassung nach {file} exportiert</translation>
    </message>
    <message>
        <source>The PDF summary was not made.</source>
        <translation>Die PDF-Zusammenfassung wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Making the PDF summary…</source>
        <translation>PDF-Zusammenfassung wird erstellt…</translation>
    </message>
    <message>
        <source>PDF export cancelled; nothing was written</source>
        <translation>PDF-Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>{file} was made, but not everything prints as typed.</source>
        <translation>{file} wurde erstellt, aber nicht alles wird so gedruckt, wie es eingegeben wurde.</translation>
    </message>
    <message>
        <source>Exported {file}, but no program here opens PDF files</source>
        <translation>{file} exportiert, aber hier gibt es kein Programm, das PDF-Dateien öffnet</translation>
    </message>
</context>
<context>
    <name>PdfFurniture</name>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <comment>the default protective marking</comment>
        <translation>VERTRAULICH</translation>
    </message>
    <message>
        <source>Ecomap summary</source>
        <translation>Ecomap-Zusammenfassung</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Fall {reference}</translation>
    </message>
    <message>
        <source>Versions: {list}</source>
        <translation>Versionen: {list}</translation>
    </message>
    <message>
        <source>Versions ({count}): {first} … {last}</source>
        <translation>Versionen ({count}): {first} … {last}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <translation>Erstellt am {date}</translation>
    </message>
</context>
<context>
    <name>PdfLegend</name>
    <message>
        <source>planned or under way; see the plan section</source>
        <translation>geplant oder begonnen; siehe Abschnitt zum Plan</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Change over time</source>
        <translation>Veränderung im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Ties of each kind in each version</source>
        <translation>Beziehungen jeder Art in jeder Version</translation>
    </message>
    <message>
        <source>Measures of each version</source>
        <translation>Kennzahlen jeder Version</translation>
    </message>
    <message>
        <source>What changed since the previous version (v{previous} → v{latest})</source>
        <translation>Was sich seit der vorigen Version geändert hat (v{previous} → v{latest})</translation>
    </message>
    <message>
        <source>What changed since the first version (v{first} → v{latest})</source>
        <translation>Was sich seit der ersten Version geändert hat (v{first} → v{latest})</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>The map now: {title}</source>
        <translation>Die Karte jetzt: {title}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>{initials} (initials)</source>
        <translation>{initials} (Initialen)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Ecomap summary: at a glance</source>
        <translation>Ecomap-Zusammenfassung: auf einen Blick</translation>
    </message>
    <message>
        <source>pseudonymised: replaced by initials or roles; notes are left out.</source>
        <translation>pseudonymisiert: durch Initialen oder Rollen ersetzt; Notizen sind weggelassen.</translation>
    </message>
    <message>
        <source>pseudonymised: replaced by initials or roles.</source>
        <translation>pseudonymisiert: durch Initialen oder Rollen ersetzt.</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>{reference} (pseudonym)</source>
        <translation>{reference} (Pseudonym)</translation>
    </message>
    <message>
        <source>the only one</source>
        <translation>die einzige</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} von {total}</translation>
    </message>
    <message>
        <source>all {total}</source>
        <translation>alle {total}</translation>
    </message>
    <message>
        <source>Bonding ties (B)</source>
        <translation>Bindende Beziehungen (B)</translation>
    </message>
    <message>
        <source>Bridging ties (Br)</source>
        <translation>Brückenbildende Beziehungen (Br)</translation>
    </message>
    <message>
        <source>Linking ties (L)</source>
        <translation>Verknüpfende Beziehungen (L)</translation>
    </message>
    <message>
        <source>All ties</source>
        <translation>Alle Beziehungen</translation>
    </message>
    <message>
        <source>Strong ties</source>
        <translation>Starke Beziehungen</translation>
    </message>
    <message>
        <source>Stressful ties</source>
        <translation>Belastende Beziehungen</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>Personen und Orte</translation>
    </message>
    <message>
        <source>Areas of life reached</source>
        <translation>Erreichte Lebensbereiche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>The map in numbers</source>
        <translation>Die Karte in Zahlen</translation>
    </message>
    <message>
        <source>Then and now</source>
        <translation>Damals und jetzt</translation>
    </message>
    <message>
        <source>Main changes</source>
        <translation>Wichtigste Änderungen</translation>
    </message>
    <message>
        <source>Main changes since v{number}</source>
        <translation>Wichtigste Änderungen seit v{number}</translation>
    </message>
    <message>
        <source>The first version</source>
        <translation>Die erste Version</translation>
    </message>
    <message>
        <source>No changes: the map is the same as in the first version.</source>
        <translation>Keine Änderungen: Die Karte ist dieselbe wie in der ersten Version.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on page 2.</source>
        <translation>
            <numerusform>… und %n weitere auf Seite 2.</numerusform>
            <numerusform>… und %n weitere auf Seite 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one version (v{number}) is included, so there is no change to show.</source>
        <translation>Nur eine Version (v{number}) ist enthalten, daher gibt es keine Veränderung zu zeigen.</translation>
    </message>
</context>
<context>
    <name>PdfPlan</name>
    <message>
        <source>No plan was recorded: no actions were agreed in the versions this summary includes.</source>
        <translation>Es wurde kein Plan erfasst: In den Versionen dieser Zusammenfassung wurden keine Schritte vereinbart.</translation>
    </message>
    <message>
        <source>None at the moment: the client has ties of every kind and in every area of life the prompts look at, and more supportive ties than stressful ones.</source>
        <translation>Derzeit keine: Die Klient:in hat Beziehungen jeder Art und in jedem Lebensbereich, den die Hinweise betrachten, und mehr unterstützende als belastende Beziehungen.</translation>
    </message>
    <message>
        <source>Plan and review</source>
        <translation>Plan und Überprüfung</translation>
    </message>
    <message>
        <source>Where the network is thin</source>
        <translation>Wo das Netzwerk dünn ist</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The plan at v{number}</source>
        <translation>Der Plan in v{number}</translation>
    </message>
    <message>
        <source>No actions are in the plan at v{number}.</source>
        <translation>Im Plan von v{number} stehen keine Schritte.</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Ergebnis: {outcome}</translation>
    </message>
    <message>
        <source>What became of the actions agreed earlier, by v{number}</source>
        <translation>Was bis v{number} aus den früher vereinbarten Schritten geworden ist</translation>
    </message>
    <message>
        <source>Agreed at v{number}</source>
        <translation>Vereinbart in v{number}</translation>
    </message>
    <message>
        <source>From the map at v{number}: places to talk over with the client, not judgements.</source>
        <translation>Aus der Karte in v{number}: Punkte zum Besprechen mit der Klient:in, keine Bewertungen.</translation>
    </message>
</context>
<context>
    <name>PdfSections</name>
    <message>
        <source>Earlier versions</source>
        <translation>Frühere Versionen</translation>
    </message>
    <message>
        <source>The earlier version</source>
        <translation>Die frühere Version</translation>
    </message>
    <message>
        <source>The map at each earlier version included, oldest first; the latest is on page 1.</source>
        <translation>Die Karte jeder enthaltenen früheren Version, die älteste zuerst; die letzte steht auf Seite 1.</translation>
    </message>
    <message numerus="yes">
        <source>%n people and places</source>
        <translation>
            <numerusform>%n Person oder Ort</numerusform>
            <numerusform>%n Personen und Orte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationships in {title}</source>
        <translation>Beziehungen in {title}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation>Belastend</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Energiefluss</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The map has no ties yet.</source>
        <translation>Die Karte hat noch keine Beziehungen.</translation>
    </message>
    <message>
        <source>Notes are left out of this pseudonymised summary.</source>
        <translation>Notizen sind in dieser pseudonymisierten Zusammenfassung weggelassen.</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Fallnotizen</translation>
    </message>
    <message>
        <source>Notes saved with each version</source>
        <translation>Mit jeder Version gespeicherte Notizen</translation>
    </message>
    <message>
        <source>Notes on people and places (v{number})</source>
        <translation>Notizen zu Personen und Orten (v{number})</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>We have looked at this map together and agree that it shows the client's network as it is now.</source>
        <translation>Wir haben diese Karte gemeinsam angesehen und stimmen zu, dass sie das Netzwerk der Klient:in so zeigt, wie es jetzt ist.</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Bestätigt von</translation>
    </message>
</context>
<context>
    <name>PlaintextNote</name>
    <message>
        <source>This case is protected, but the PDF you write will not be: anyone who has the file can read it. Store it where your service keeps case documents.</source>
        <translation>Dieser Fall ist geschützt, die PDF-Datei, die Sie schreiben, jedoch nicht: Wer die Datei hat, kann sie lesen. Bewahren Sie sie dort auf, wo Ihre Dienststelle Fallunterlagen aufbewahrt.</translation>
    </message>
    <message>
        <source>This case is protected, but the picture you save will not be: anyone who has the file can see it. Store it where your service keeps case documents.</source>
        <translation>Dieser Fall ist geschützt, das Bild, das Sie speichern, jedoch nicht: Wer die Datei hat, kann es sehen. Bewahren Sie es dort auf, wo Ihre Dienststelle Fallunterlagen aufbewahrt.</translation>
    </message>
    <message>
        <source>This case is protected, but the data file you write will not be: anyone who has the file can read it. Store it where your service keeps case documents.</source>
        <translation>Dieser Fall ist geschützt, die Datendatei, die Sie schreiben, jedoch nicht: Wer die Datei hat, kann sie lesen. Bewahren Sie sie dort auf, wo Ihre Dienststelle Fallunterlagen aufbewahrt.</translation>
    </message>
    <message>
        <source>This case is protected, but printed pages are not: anyone who picks them up can read them. Keep them where your service keeps case documents.</source>
        <translation>Dieser Fall ist geschützt, gedruckte Seiten jedoch nicht: Wer sie in die Hand bekommt, kann sie lesen. Bewahren Sie sie dort auf, wo Ihre Dienststelle Fallunterlagen aufbewahrt.</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Nicht geschützt</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Add action: {action}</source>
        <translation>Schritt hinzufügen: {action}</translation>
    </message>
    <message>
        <source>Remove action: {action}</source>
        <translation>Schritt entfernen: {action}</translation>
    </message>
    <message>
        <source>Reword action: {action}</source>
        <translation>Schritt umformulieren: {action}</translation>
    </message>
    <message>
        <source>Change what an action is about: {action}</source>
        <translation>Bezug des Schritts ändern: {action}</translation>
    </message>
    <message>
        <source>Change who does {action}</source>
        <translation>Zuständigkeit ändern: {action}</translation>
    </message>
    <message>
        <source>Change the due date of {action}</source>
        <translation>Fälligkeitsdatum ändern: {action}</translation>
    </message>
    <message>
        <source>Change the outcome of {action}</source>
        <translation>Ergebnis ändern: {action}</translation>
    </message>
    <message>
        <source>Mark planned: {action}</source>
        <translation>Als geplant markieren: {action}</translation>
    </message>
    <message>
        <source>Mark under way: {action}</source>
        <translation>Als begonnen markieren: {action}</translation>
    </message>
    <message>
        <source>Mark done: {action}</source>
        <translation>Als erledigt markieren: {action}</translation>
    </message>
    <message>
        <source>Mark dropped: {action}</source>
        <translation>Als verworfen markieren: {action}</translation>
    </message>
    <message>
        <source>Change {action}</source>
        <translation>Ändern: {action}</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Select one person, place or tie first: the action is about it</source>
        <translation>Wählen Sie zuerst eine Person, einen Ort oder eine Beziehung: Der Schritt bezieht sich darauf</translation>
    </message>
    <message>
        <source>Version {number}: the plan as it stood then (read-only)</source>
        <translation>Version {number}: der Plan, wie er damals war (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}</source>
        <translation>Schreibgeschützt: Dieser Fall ist {reason}</translation>
    </message>
    <message>
        <source>Added to the plan: change its words, who does it and by when in the table</source>
        <translation>Zum Plan hinzugefügt: Passen Sie in der Tabelle Wortlaut, Zuständigkeit und Fälligkeit an</translation>
    </message>
    <message>
        <source>Removed from the plan (Undo puts it back)</source>
        <translation>Aus dem Plan entfernt (Rückgängig stellt ihn wieder her)</translation>
    </message>
    <message>
        <source>An action needs a few words saying what the step is: the words were kept</source>
        <translation>Ein Schritt braucht ein paar Worte, die ihn beschreiben: Der bisherige Wortlaut bleibt</translation>
    </message>
</context>
<context>
    <name>PlanFlags</name>
    <message>
        <source>Open action: {action}</source>
        <translation>Offener Schritt: {action}</translation>
    </message>
    <message>
        <source>Open actions:</source>
        <translation>Offene Schritte:</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <source>about {tie}, not on the map yet</source>
        <translation>betrifft {tie}, noch nicht auf der Karte</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Where the network is thin</source>
        <translation>Wo das Netzwerk dünn ist</translation>
    </message>
    <message>
        <source>Nothing stands out: the map has close ties, new circles and people who open doors.</source>
        <translation>Nichts fällt auf: Die Karte hat enge Beziehungen, neue Kreise und Menschen, die Türen öffnen.</translation>
    </message>
    <message>
        <source>No actions yet. Make a prompt above into one, or add your own (Insert in the table).</source>
        <translation>Noch keine Schritte. Machen Sie aus einem Hinweis oben einen Schritt, oder fügen Sie einen eigenen hinzu (Einfg in der Tabelle).</translation>
    </message>
    <message>
        <source>No actions in this plan.</source>
        <translation>Keine Schritte in diesem Plan.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>F2 or Enter edits a cell, Insert adds an action, Delete removes one</source>
        <translation>F2 oder Enter bearbeitet eine Zelle, Einfg fügt einen Schritt hinzu, Entf entfernt einen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>What this plan is</source>
        <translation>Was dieser Plan ist</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add an action of your own (Insert in the table)</source>
        <translation>Einen eigenen Schritt hinzufügen (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Den ausgewählten Schritt entfernen</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete in the table); Undo puts it back</source>
        <translation>Den ausgewählten Schritt entfernen (Entf in der Tabelle); Rückgängig stellt ihn wieder her</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Noch keine Schritte</translation>
    </message>
    <message>
        <source>Outcome of the selected action</source>
        <translation>Ergebnis des ausgewählten Schritts</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Erge&amp;bnis</translation>
    </message>
    <message>
        <source>Make it an action</source>
        <translation>Als Schritt übernehmen</translation>
    </message>
    <message>
        <source>Make it an action: {prompt}</source>
        <translation>Als Schritt übernehmen: {prompt}</translation>
    </message>
    <message>
        <source>Add an action about this to the plan, in words you can then change</source>
        <translation>Dem Plan einen Schritt dazu hinzufügen, mit Worten, die Sie danach ändern können</translation>
    </message>
    <message>
        <source>Select an action to see or note what came of it</source>
        <translation>Wählen Sie einen Schritt, um sein Ergebnis zu sehen oder zu notieren</translation>
    </message>
    <message>
        <source>What happened: did the step happen, and what came of it?</source>
        <translation>Was ist passiert: Wurde der Schritt umgesetzt, und was ist daraus geworden?</translation>
    </message>
    <message>
        <source>Nothing noted</source>
        <translation>Nichts notiert</translation>
    </message>
</context>
<context>
    <name>PlanSuggestions</name>
    <message>
        <source>Think together of one person to feel closer to, and one small way to be in touch</source>
        <translation>Gemeinsam an eine Person denken, der man näherkommen möchte, und an einen kleinen Weg, Kontakt zu halten</translation>
    </message>
    <message>
        <source>Try one group or place that opens new circles: a club, a café or a course</source>
        <translation>Eine Gruppe oder einen Ort ausprobieren, der neue Kreise öffnet: einen Verein, ein Café oder einen Kurs</translation>
    </message>
    <message>
        <source>Find one person who can open doors, such as a tutor, a housing officer or a GP</source>
        <translation>Eine Person finden, die Türen öffnen kann, etwa eine Lehrkraft, eine Wohnungsberatung oder eine Hausärztin</translation>
    </message>
    <message>
        <source>Think together of someone in the family to be back in touch with</source>
        <translation>Gemeinsam an jemanden in der Familie denken, mit dem man wieder Kontakt aufnehmen kann</translation>
    </message>
    <message>
        <source>Find one friend, old or new, to add to the map</source>
        <translation>Eine Freundin oder einen Freund, alt oder neu, für die Karte finden</translation>
    </message>
    <message>
        <source>Find one group, club, faith or recovery community to try</source>
        <translation>Eine Gruppe, einen Verein, eine Glaubens- oder Recovery-Gemeinschaft zum Ausprobieren finden</translation>
    </message>
    <message>
        <source>Find one person from work or learning to add to the map</source>
        <translation>Eine Person aus Arbeit oder Ausbildung für die Karte finden</translation>
    </message>
    <message>
        <source>Find one person who can be a steady support</source>
        <translation>Eine Person finden, die eine verlässliche Stütze sein kann</translation>
    </message>
    <message>
        <source>Agree one small step that makes a stressful tie easier, or brings in support</source>
        <translation>Einen kleinen Schritt vereinbaren, der eine belastende Beziehung erleichtert oder Unterstützung hereinholt</translation>
    </message>
    <message>
        <source>Find one person outside services to add to the map: a friend, a neighbour or a group</source>
        <translation>Eine Person außerhalb der Dienste für die Karte finden: Freund:in, Nachbar:in oder eine Gruppe</translation>
    </message>
    <message>
        <source>A new step</source>
        <translation>Ein neuer Schritt</translation>
    </message>
    <message>
        <source>Find one more person to lean on, as well as {name}</source>
        <translation>Neben {name} eine weitere Person finden, auf die man sich stützen kann</translation>
    </message>
    <message>
        <source>Agree one small step to make the network stronger</source>
        <translation>Einen kleinen Schritt vereinbaren, der das Netzwerk stärkt</translation>
    </message>
    <message>
        <source>A step about {about}</source>
        <translation>Ein Schritt zu: {about}</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Action</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Text des Schritts</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wer ihn übernimmt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>{heading}: {words}</source>
        <translation>{heading}: {words}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (überfällig)</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>the due date's format (Qt's date format)</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>under way</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>No longer in the plan</source>
        <translation>Nicht mehr im Plan</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>Freundeskreis</translation>
    </message>
    <message>
        <source>the community</source>
        <translation>Gemeinwesen</translation>
    </message>
    <message>
        <source>work or learning</source>
        <translation>Arbeit oder Ausbildung</translation>
    </message>
    <message>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>justice</source>
        <translation>Justiz</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>bonding (close ties)</source>
        <translation>bindend (enge Beziehungen)</translation>
    </message>
    <message>
        <source>bridging (new circles)</source>
        <translation>brückenbildend (neue Kreise)</translation>
    </message>
    <message>
        <source>linking (people who open doors)</source>
        <translation>verknüpfend (Menschen, die Türen öffnen)</translation>
    </message>
    <message>
        <source>someone no longer on the map</source>
        <translation>jemand, der nicht mehr auf der Karte ist</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>the tie to {name}</source>
        <translation>die Beziehung zu {name}</translation>
    </message>
    <message>
        <source>the tie between {first} and {second}</source>
        <translation>die Beziehung zwischen {first} und {second}</translation>
    </message>
    <message>
        <source>the network as a whole</source>
        <translation>das Netzwerk als Ganzes</translation>
    </message>
    <message>
        <source>{subject} is now on the map, {now}</source>
        <translation>{subject} ist jetzt auf der Karte, {now}</translation>
    </message>
    <message>
        <source>{subject} is stronger ({then} to {now})</source>
        <translation>{subject} ist stärker ({then} → {now})</translation>
    </message>
    <message>
        <source>{subject} is weaker ({then} to {now})</source>
        <translation>{subject} ist schwächer ({then} → {now})</translation>
    </message>
    <message>
        <source>{subject} is as it was, {now}</source>
        <translation>{subject} ist unverändert, {now}</translation>
    </message>
    <message>
        <source>{subject} has ended</source>
        <translation>{subject} ist beendet</translation>
    </message>
    <message>
        <source>{subject} is on the map, with no tie to {client} yet</source>
        <translation>{subject} ist auf der Karte, noch ohne Beziehung zu {client}</translation>
    </message>
    <message>
        <source>{subject} is on the map, with no tie to the client yet</source>
        <translation>{subject} ist auf der Karte, noch ohne Beziehung zur Klient:in</translation>
    </message>
    <message>
        <source>{subject} is not on the map yet</source>
        <translation>{subject} ist noch nicht auf der Karte</translation>
    </message>
    <message>
        <source>{text}: due today</source>
        <translation>{text}: heute fällig</translation>
    </message>
    <message>
        <source>{text}: due {date}, overdue</source>
        <translation>{text}: fällig am {date}, überfällig</translation>
    </message>
    <message>
        <source>{text}: due {date}</source>
        <translation>{text}: fällig am {date}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing the map</source>
        <translation>Drucken der Karte</translation>
    </message>
    <message>
        <source>Printing the PDF summary</source>
        <translation>Drucken der PDF-Zusammenfassung</translation>
    </message>
    <message>
        <source>Ecomap map</source>
        <translation>Ecomap-Karte</translation>
    </message>
    <message>
        <source>The map was not printed.</source>
        <translation>Die Karte wurde nicht gedruckt.</translation>
    </message>
    <message>
        <source>Printed the map to {file}</source>
        <translation>Karte in {file} gedruckt</translation>
    </message>
    <message>
        <source>Printed the map on {printer}</source>
        <translation>Karte auf {printer} gedruckt</translation>
    </message>
    <message>
        <source>Printed the map</source>
        <translation>Karte gedruckt</translation>
    </message>
    <message>
        <source>Print preview: the map</source>
        <translation>Druckvorschau: die Karte</translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation>{task}: läuft noch</translation>
    </message>
    <message>
        <source>There is no saved version to print a summary of yet.</source>
        <translation>Es gibt noch keine gespeicherte Version, deren Zusammenfassung gedruckt werden könnte.</translation>
    </message>
    <message>
        <source>Save the map as a version first (File &gt; Save version…); the summary shows saved versions.</source>
        <translation>Speichern Sie die Karte zuerst als Version (Datei &gt; Version speichern…); die Zusammenfassung zeigt gespeicherte Versionen.</translation>
    </message>
    <message>
        <source>Print preview: the PDF summary</source>
        <translation>Druckvorschau: die PDF-Zusammenfassung</translation>
    </message>
    <message>
        <source>Printing the PDF summary…</source>
        <translation>PDF-Zusammenfassung wird gedruckt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Print PDF summary</source>
        <translation>PDF-Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>The PDF summary was not printed.</source>
        <translation>Die PDF-Zusammenfassung wurde nicht gedruckt.</translation>
    </message>
    <message>
        <source>Printing cancelled; the pages already sent may still print</source>
        <translation>Drucken abgebrochen; bereits gesendete Seiten werden eventuell trotzdem gedruckt</translation>
    </message>
    <message numerus="yes">
        <source>Printed the PDF summary to {file} (%n page(s))</source>
        <translation>
            <numerusform>PDF-Zusammenfassung in {file} gedruckt (%n Seite)</numerusform>
            <numerusform>PDF-Zusammenfassung in {file} gedruckt (%n Seiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed the PDF summary on {printer} (%n page(s))</source>
        <translation>
            <numerusform>PDF-Zusammenfassung auf {printer} gedruckt (%n Seite)</numerusform>
            <numerusform>PDF-Zusammenfassung auf {printer} gedruckt (%n Seiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed the PDF summary (%n page(s))</source>
        <translation>
            <numerusform>PDF-Zusammenfassung gedruckt (%n Seite)</numerusform>
            <numerusform>PDF-Zusammenfassung gedruckt (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Karte drucken</translation>
    </message>
    <message>
        <source>Print the PDF summary</source>
        <translation>PDF-Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>The PDF file "{file}" could not be started: is its folder there, and may you write in it?</source>
        <translation>Die PDF-Datei „{file}“ konnte nicht angelegt werden: Gibt es den Ordner, und dürfen Sie darin schreiben?</translation>
    </message>
    <message>
        <source>The PDF file "{file}" stopped before page {page}: is its folder there, and may you write in it?</source>
        <translation>Die PDF-Datei „{file}“ brach vor Seite {page} ab: Gibt es den Ordner, und dürfen Sie darin schreiben?</translation>
    </message>
    <message>
        <source>The printer '{printer}' could not be started.</source>
        <translation>Der Drucker „{printer}“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The printer '{printer}' stopped before page {page}.</source>
        <translation>Der Drucker „{printer}“ hat vor Seite {page} abgebrochen.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The printer stopped before page {page}.</source>
        <translation>Der Drucker hat vor Seite {page} abgebrochen.</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Fall {reference}</translation>
    </message>
    <message>
        <source>Working draft (not saved as a version)</source>
        <translation>Arbeitsentwurf (nicht als Version gespeichert)</translation>
    </message>
    <message>
        <source>Worker: {worker}</source>
        <translation>Fachkraft: {worker}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Making the PDF summary…</source>
        <translation>PDF-Zusammenfassung wird erstellt…</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was printed</source>
        <translation>Drucken abgebrochen; es wurde nichts gedruckt</translation>
    </message>
    <message>
        <source>The summary prints, but not everything as typed.</source>
        <translation>Die Zusammenfassung wird gedruckt, aber nicht alles so, wie es eingegeben wurde.</translation>
    </message>
    <message>
        <source>Ecomap summary</source>
        <translation>Ecomap-Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>There is no close tie yet to family, friends or people like them to lean on.</source>
        <translation>Es gibt noch keine enge Beziehung zu Familie, Freund:innen oder Menschen wie ihnen, die Halt geben.</translation>
    </message>
    <message>
        <source>There is no tie yet to a group or place that opens new circles: a club, a café or a course.</source>
        <translation>Es gibt noch keine Beziehung zu einer Gruppe oder einem Ort, der neue Kreise öffnet: ein Verein, ein Café oder ein Kurs.</translation>
    </message>
    <message>
        <source>There is no tie yet to someone who can open doors: a tutor, a housing officer or a GP.</source>
        <translation>Es gibt noch keine Beziehung zu jemandem, der Türen öffnen kann: eine Lehrkraft, das Wohnungsamt oder die Hausarztpraxis.</translation>
    </message>
    <message>
        <source>There is nobody on the map from family yet.</source>
        <translation>Es ist noch niemand aus der Familie auf der Karte.</translation>
    </message>
    <message>
        <source>There are no friends on the map yet.</source>
        <translation>Es sind noch keine Freund:innen auf der Karte.</translation>
    </message>
    <message>
        <source>There is nobody on the map from the community yet: a group, a club, faith or recovery.</source>
        <translation>Es ist noch niemand aus dem Gemeinwesen auf der Karte: eine Gruppe, ein Verein, Glaube oder Recovery.</translation>
    </message>
    <message>
        <source>There is nobody on the map from work or learning yet.</source>
        <translation>Es ist noch niemand aus Arbeit oder Ausbildung auf der Karte.</translation>
    </message>
    <message>
        <source>There is one supportive tie so far; one more would share the load.</source>
        <translation>Bisher gibt es eine unterstützende Beziehung; eine weitere würde die Last teilen.</translation>
    </message>
    <message>
        <source>There is no supportive tie on the map yet: one that is strong or moderate and not stressful.</source>
        <translation>Es gibt noch keine unterstützende Beziehung auf der Karte: eine, die stark oder mittel und nicht belastend ist.</translation>
    </message>
    <message>
        <source>At the moment more of the ties are stressful than supportive.</source>
        <translation>Im Moment sind mehr Beziehungen belastend als unterstützend.</translation>
    </message>
    <message>
        <source>So far every tie on the map is to a professional or a service.</source>
        <translation>Bisher besteht jede Beziehung auf der Karte zu einer Fachkraft oder einem Dienst.</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <source>The file was left as it was.</source>
        <translation>Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>{file} is protected now: it opens only with its passphrase</source>
        <translation>{file} ist jetzt geschützt: Die Datei lässt sich nur mit ihrer Passphrase öffnen</translation>
    </message>
    <message>
        <source>The case was not protected.</source>
        <translation>Der Fall wurde nicht geschützt.</translation>
    </message>
    <message>
        <source>Changed the passphrase of {file}: the old one no longer opens it</source>
        <translation>Passphrase von {file} geändert: Die alte öffnet die Datei nicht mehr</translation>
    </message>
    <message>
        <source>The passphrase was not changed.</source>
        <translation>Die Passphrase wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Removed the protection of {file}: anyone who has the file can read it now</source>
        <translation>Schutz von {file} entfernt: Wer die Datei hat, kann sie jetzt lesen</translation>
    </message>
    <message>
        <source>The protection was not removed.</source>
        <translation>Der Schutz wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>The protection cannot be changed now: this case is {reason}</source>
        <translation>Der Schutz kann jetzt nicht geändert werden: Dieser Fall ist {reason}</translation>
    </message>
    <message>
        <source>The protection cannot be changed now: the working draft is not shown</source>
        <translation>Der Schutz kann jetzt nicht geändert werden: Der Arbeitsentwurf wird nicht angezeigt</translation>
    </message>
    <message>
        <source>This case is not protected</source>
        <translation>Dieser Fall ist nicht geschützt</translation>
    </message>
    <message>
        <source>This case is protected already</source>
        <translation>Dieser Fall ist bereits geschützt</translation>
    </message>
    <message>
        <source>This new case</source>
        <translation>Dieser neue Fall</translation>
    </message>
</context>
<context>
    <name>PseudonymiseChoices</name>
    <message>
        <source>Write the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)</source>
        <translation>Das echte Aktenzeichen schreiben; sonst ein daraus gebildetes Pseudonym („Case“ und acht Buchstaben oder Ziffern)</translation>
    </message>
    <message>
        <source>Print the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)</source>
        <translation>Das echte Aktenzeichen drucken; sonst ein daraus gebildetes Pseudonym („Case“ und acht Buchstaben oder Ziffern)</translation>
    </message>
    <message>
        <source>Pseudonymise: initials or roles instead of names, no notes</source>
        <translation>Pseudonymisieren: Initialen oder Rollen statt Namen, keine Notizen</translation>
    </message>
    <message>
        <source>Keep the notes even so</source>
        <translation>Notizen trotzdem behalten</translation>
    </message>
    <message>
        <source>Keep the case reference</source>
        <translation>Aktenzeichen behalten</translation>
    </message>
    <message>
        <source>{verb} the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)</source>
        <translation>{verb}: das echte Aktenzeichen; sonst ein daraus gebildetes Pseudonym („Case“ und acht Buchstaben oder Ziffern)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details einblenden...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details ausblenden...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>RecentCases</name>
    <message>
        <source>C&amp;lear recent files</source>
        <translation>Liste „Zuletzt geöffnet“ &amp;leeren</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>Keine zuletzt geöffneten Fälle</translation>
    </message>
    <message>
        <source>&amp;Forget one</source>
        <translation>Eintrag &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>ReturningPeople</name>
    <message>
        <source>{name} was on the map in version {number} ({label}). Is this the same person?</source>
        <translation>{name} war in Version {number} ({label}) auf der Karte. Ist das dieselbe Person?</translation>
    </message>
    <message>
        <source>{name} was on the map in version {number}. Is this the same person?</source>
        <translation>{name} war in Version {number} auf der Karte. Ist das dieselbe Person?</translation>
    </message>
    <message>
        <source>If so, comparing versions shows their tie as one that came back, not as someone new.</source>
        <translation>Wenn ja, zeigt der Versionsvergleich die Beziehung als zurückgekehrt, nicht als neue Person.</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Dieselbe Person</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Neue Person</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>the editor window could not be drawn</source>
        <translation>das Editorfenster konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>SelectionWords</name>
    <message>
        <source>others</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>{kind} in {domain}</source>
        <translation>{kind} in {domain}</translation>
    </message>
    <message>
        <source>Selected: {name}, {what}, {ties}</source>
        <translation>Ausgewählt: {name}, {what}, {ties}</translation>
    </message>
    <message>
        <source>Selected: tie between {first} and {second}, {capital}, {strength}, stressful</source>
        <translation>Ausgewählt: Beziehung zwischen {first} und {second}, {capital}, {strength}, belastend</translation>
    </message>
    <message>
        <source>Selected: tie between {first} and {second}, {capital}, {strength}</source>
        <translation>Ausgewählt: Beziehung zwischen {first} und {second}, {capital}, {strength}</translation>
    </message>
    <message>
        <source>Selected: {places} and {ties}</source>
        <translation>Ausgewählt: {places} und {ties}</translation>
    </message>
    <message numerus="yes">
        <source>%n people or places</source>
        <translation>
            <numerusform>%n Person oder Ort</numerusform>
            <numerusform>%n Personen oder Orte</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected. Double-click to add a person; press Tab to move between people.</source>
        <translation>Nichts ausgewählt. Doppelklicken, um eine Person hinzuzufügen; Tab wechselt zwischen Personen.</translation>
    </message>
    <message>
        <source>no ties</source>
        <translation>keine Beziehungen</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>{people} and {ties}</source>
        <translation>{people} und {ties}</translation>
    </message>
    <message>
        <source>{what} selected.
Select one person or one tie to see and change the details.</source>
        <translation>{what} ausgewählt.
Wählen Sie eine Person oder eine Beziehung, um die Details zu sehen und zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>More session tools</source>
        <translation>Weitere Sitzungswerkzeuge</translation>
    </message>
</context>
<context>
    <name>SessionTieBar</name>
    <message>
        <source>Select a tie to change it</source>
        <translation>Wählen Sie eine Beziehung, um sie zu ändern</translation>
    </message>
    <message>
        <source>This map cannot be changed now</source>
        <translation>Diese Karte kann jetzt nicht geändert werden</translation>
    </message>
    <message>
        <source>Select one tie to choose a direction</source>
        <translation>Wählen Sie eine Beziehung, um eine Richtung festzulegen</translation>
    </message>
    <message>
        <source>Stressful (hatched line)</source>
        <translation>Belastend (schraffiert)</translation>
    </message>
    <message>
        <source>No flow</source>
        <translation>Kein Fluss</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>One way</source>
        <translation>Eine Richtung</translation>
    </message>
    <message>
        <source>Other way</source>
        <translation>Andere Richtung</translation>
    </message>
    <message>
        <source>{words}: chosen</source>
        <translation>{words}: gewählt</translation>
    </message>
    <message>
        <source>Selected tie</source>
        <translation>Ausgewählte Beziehung</translation>
    </message>
    <message>
        <source>Social capital</source>
        <translation>Sozialkapital</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Flow of energy</source>
        <translation>Energiefluss</translation>
    </message>
    <message>
        <source>Tie: {source} – {target}</source>
        <translation>Beziehung: {source} – {target}</translation>
    </message>
    <message numerus="yes">
        <source>%n ties selected: a tap changes all of them</source>
        <translation>
            <numerusform>%n Beziehung ausgewählt: ein Tippen ändert sie</numerusform>
            <numerusform>%n Beziehungen ausgewählt: ein Tippen ändert alle</numerusform>
        </translation>
    </message>
    <message>
        <source>one end</source>
        <translation>ein Ende</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>das andere</translation>
    </message>
    <message>
        <source>Stressful: some of them</source>
        <translation>Belastend: einige davon</translation>
    </message>
    <message>
        <source>A stressful tie is drawn hatched: tap to switch it on or off</source>
        <translation>Eine belastende Beziehung wird schraffiert gezeichnet: Tippen schaltet das ein oder aus</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Legibility</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>{nodes}, {ties}: B {bonding}, Br {bridging}, L {linking}</source>
        <translation>{nodes}, {ties}: B {bonding}, Br {bridging}, L {linking}</translation>
    </message>
    <message numerus="yes">
        <source>%n people and places</source>
        <translation>
            <numerusform>%n Person oder Ort</numerusform>
            <numerusform>%n Personen und Orte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Bonding {bonding}, bridging {bridging}, linking {linking}</source>
        <translation>Bindend {bonding}, brückenbildend {bridging}, verknüpfend {linking}</translation>
    </message>
    <message>
        <source>{problems} – Auto-arrange</source>
        <translation>{problems} – Automatisch anordnen</translation>
    </message>
    <message>
        <source>Auto-arrange (Ctrl+Shift+A) places everyone so that nothing overlaps</source>
        <translation>Automatisch anordnen (Strg+Umschalt+A) platziert alle so, dass sich nichts überlappt</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>team store</source>
        <translation>Team-Ablage</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>dem lokalen Server</translation>
    </message>
    <message>
        <source>team store on {host}</source>
        <translation>Team-Ablage auf {host}</translation>
    </message>
    <message>
        <source>team store {database} on {host}</source>
        <translation>Team-Ablage {database} auf {host}</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <source>Team store password – {app}</source>
        <translation>Passwort der Team-Ablage – {app}</translation>
    </message>
    <message>
        <source>The {store} asks for your password. It is used for this connection only and never kept.</source>
        <translation>Die {store} fragt nach Ihrem Passwort. Es wird nur für diese Verbindung verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>That password was refused. This is the last try.</source>
        <translation>Dieses Passwort wurde abgelehnt. Dies ist der letzte Versuch.</translation>
    </message>
    <message numerus="yes">
        <source>That password was refused. %n tries are left.</source>
        <translation>
            <numerusform>Dieses Passwort wurde abgelehnt. Es bleibt noch %n Versuch.</numerusform>
            <numerusform>Dieses Passwort wurde abgelehnt. Es bleiben noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Open from team store – {app}</source>
        <translation>Aus Team-Ablage öffnen – {app}</translation>
    </message>
    <message>
        <source>The team store's connection string, from your service (for example host=db.example.org dbname=ecomap user=your.login). A password comes from your PGPASSFILE, or Ecomap asks for it; it is never kept.</source>
        <translation>Die Verbindungszeichenfolge der Team-Ablage, von Ihrem Dienst (zum Beispiel host=db.example.org dbname=ecomap user=your.login). Ein Passwort kommt aus Ihrer PGPASSFILE, oder Ecomap fragt danach; es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Team store connection string</source>
        <translation>Verbindungszeichenfolge der Team-Ablage</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Team store:</source>
        <translation>&amp;Team-Ablage:</translation>
    </message>
    <message>
        <source>Connect to see the cases you may open.</source>
        <translation>Verbinden Sie sich, um die Fälle zu sehen, die Sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>Cases in the team store</source>
        <translation>Fälle in der Team-Ablage</translation>
    </message>
    <message>
        <source>Type the team store's connection string (or set {variable}).</source>
        <translation>Geben Sie die Verbindungszeichenfolge der Team-Ablage ein (oder setzen Sie {variable}).</translation>
    </message>
    <message>
        <source>Not connected: no password was given.</source>
        <translation>Nicht verbunden: Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) you may open in the {store}:</source>
        <translation>
            <numerusform>%n Fall, den Sie in der {store} öffnen dürfen:</numerusform>
            <numerusform>%n Fälle, die Sie in der {store} öffnen dürfen:</numerusform>
        </translation>
    </message>
    <message>
        <source>The {store} has no case you may open (an admin assigns cases to you).</source>
        <translation>Die {store} enthält keinen Fall, den Sie öffnen dürfen (Fälle weist Ihnen die Administration zu).</translation>
    </message>
</context>
<context>
    <name>StoreEditing</name>
    <message>
        <source>{case} is kept in the team store, not in a file: Ecomap cannot save a copy of it here.</source>
        <translation>{case} liegt in der Team-Ablage, nicht in einer Datei: Ecomap kann hier keine Kopie davon speichern.</translation>
    </message>
    <message>
        <source>{case} is kept in the team store, not in a file: Ecomap cannot protect it with a passphrase here.</source>
        <translation>{case} liegt in der Team-Ablage, nicht in einer Datei: Ecomap kann ihn hier nicht mit einer Passphrase schützen.</translation>
    </message>
    <message>
        <source>The case could not be opened from the team store.</source>
        <translation>Der Fall konnte nicht aus der Team-Ablage geöffnet werden.</translation>
    </message>
    <message>
        <source>Opened {case} from the {store}, read-only: it is {reason}</source>
        <translation>{case} aus der {store} geöffnet, schreibgeschützt: Er ist {reason}</translation>
    </message>
    <message>
        <source>Opened {case} from the {store}</source>
        <translation>{case} aus der {store} geöffnet</translation>
    </message>
    <message>
        <source>Reloaded the map {who} saved; your changes were dropped</source>
        <translation>Die von {who} gespeicherte Karte wurde neu geladen; Ihre Änderungen wurden verworfen</translation>
    </message>
    <message>
        <source>{case} is kept in the team store, not in a file: Ecomap cannot {what} here.</source>
        <translation>{case} liegt in der Team-Ablage, nicht in einer Datei: Ecomap kann dies hier nicht tun ({what}).</translation>
    </message>
    <message>
        <source>The server keeps it and decides who may read it. To have it as a case file, write it to one with '{command}' (recorded in the store's audit log), then open that file.</source>
        <translation>Der Server verwahrt ihn und entscheidet, wer ihn lesen darf. Um ihn als Falldatei zu erhalten, schreiben Sie ihn mit „{command}“ in eine Datei (wird im Prüfprotokoll der Ablage vermerkt) und öffnen Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>The autosaved changes could not be removed: {error}</source>
        <translation>Die automatisch gesicherten Änderungen konnten nicht entfernt werden: {error}</translation>
    </message>
    <message>
        <source>{who} saved the map of this case at {time}, since you opened it.</source>
        <translation>{who} hat die Karte dieses Falls um {time} gespeichert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Your map was not saved over theirs. Reload theirs shows their map in place of yours (your changes are dropped); Save mine as a new version keeps your map as the next version, after any of theirs, and as the shared draft.</source>
        <translation>Ihre Karte wurde nicht über die andere gespeichert. „Deren Karte laden“ zeigt die andere Karte statt Ihrer (Ihre Änderungen werden verworfen); „Meine als neue Version speichern“ behält Ihre Karte als nächste Version, nach allen anderen, und als gemeinsamen Entwurf.</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Deren Karte laden</translation>
    </message>
    <message>
        <source>Save mine as a new version</source>
        <translation>Meine als neue Version speichern</translation>
    </message>
</context>
<context>
    <name>StoreLink</name>
    <message>
        <source>{case}: the team store cannot be reached, so your map is kept on this computer ({folder}); Ecomap saves it to the store when the server answers again</source>
        <translation>{case}: Die Team-Ablage ist nicht erreichbar, daher wird Ihre Karte auf diesem Computer aufbewahrt ({folder}); Ecomap speichert sie in der Ablage, sobald der Server wieder antwortet</translation>
    </message>
    <message>
        <source>The team store answers again: saved to {case}, and the copy kept on this computer is removed</source>
        <translation>Die Team-Ablage antwortet wieder: in {case} gespeichert, und die auf diesem Computer aufbewahrte Kopie wurde entfernt</translation>
    </message>
    <message>
        <source>the team store</source>
        <translation>die Team-Ablage</translation>
    </message>
</context>
<context>
    <name>UnsavedCases</name>
    <message>
        <source>holds no unsaved work</source>
        <translation>enthält keine ungespeicherte Arbeit</translation>
    </message>
</context>
<context>
    <name>VersionBanner</name>
    <message>
        <source>Version {number} of {count}: {label}, {date}. Read-only: you are looking at a saved version.</source>
        <translation>Version {number} von {count}: {label}, {date}. Schreibgeschützt: Sie sehen eine gespeicherte Version.</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>ohne Bezeichnung</translation>
    </message>
    <message>
        <source>Saved version shown</source>
        <translation>Gespeicherte Version angezeigt</translation>
    </message>
    <message>
        <source>Which version is shown</source>
        <translation>Welche Version angezeigt wird</translation>
    </message>
    <message>
        <source>New draft from this version</source>
        <translation>Neuer Entwurf aus dieser Version</translation>
    </message>
    <message>
        <source>Back to the working draft</source>
        <translation>Zurück zum Arbeitsentwurf</translation>
    </message>
</context>
<context>
    <name>VersionChecklist</name>
    <message>
        <source>no label</source>
        <translation>ohne Bezeichnung</translation>
    </message>
    <message>
        <source>Versions to include</source>
        <translation>Einzubeziehende Versionen</translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <source>The map you are editing</source>
        <translation>Die Karte, die Sie bearbeiten</translation>
    </message>
    <message>
        <source>Save it as a version to keep it, dated</source>
        <translation>Als Version speichern, um sie mit Datum zu behalten</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Keine Notiz</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n stressful</source>
        <translation>
            <numerusform>%n belastend</numerusform>
            <numerusform>%n belastend</numerusform>
        </translation>
    </message>
    <message>
        <source>{draft}: the map you are editing.</source>
        <translation>{draft}: die Karte, die Sie bearbeiten.</translation>
    </message>
    <message>
        <source>Not saved as a version. Choose it to edit the map.</source>
        <translation>Nicht als Version gespeichert. Auswählen, um die Karte zu bearbeiten.</translation>
    </message>
    <message>
        <source>Ties: {counts}; {stressful}.</source>
        <translation>Beziehungen: {counts}; {stressful}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Keine Notiz.</translation>
    </message>
    <message>
        <source>Saved version {number} of {count}. Choose it to show it on the map, read-only.</source>
        <translation>Gespeicherte Version {number} von {count}. Auswählen, um sie schreibgeschützt auf der Karte zu zeigen.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Newest first, under the working draft. Choose a row to look at that version.</source>
        <translation>Neueste zuerst, unter dem Arbeitsentwurf. Wählen Sie eine Zeile, um diese Version anzusehen.</translation>
    </message>
</context>
<context>
    <name>ViewState</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>session mode shows only the map and its legend</source>
        <translation>der Sitzungsmodus zeigt nur die Karte und ihre Legende</translation>
    </message>
    <message>
        <source>the comparison has its own key and is not edited</source>
        <translation>der Vergleich hat eine eigene Legende und wird nicht bearbeitet</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>a panel</comment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>{case} (protected)</source>
        <translation>{case} (geschützt)</translation>
    </message>
    <message>
        <source>Comparing version {a} with the working draft – {title}</source>
        <translation>Version {a} wird mit dem Arbeitsentwurf verglichen – {title}</translation>
    </message>
    <message>
        <source>Comparing version {a} with version {b} – {title}</source>
        <translation>Version {a} wird mit Version {b} verglichen – {title}</translation>
    </message>
    <message>
        <source>{version} (read-only) – {title}</source>
        <translation>{version} (schreibgeschützt) – {title}</translation>
    </message>
    <message>
        <source>{title} [read-only: {reason}]</source>
        <translation>{title} [schreibgeschützt: {reason}]</translation>
    </message>
</context>
<context>
    <name>WindowHandlers</name>
    <message>
        <source>Cleared the recent files list (the case files are still where they were)</source>
        <translation>Liste „Zuletzt geöffnet“ geleert (die Falldateien bleiben, wo sie waren)</translation>
    </message>
</context>
</TS>
