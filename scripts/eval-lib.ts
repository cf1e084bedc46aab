// The evaluation behind `npm run eval`: reads labelled article folders (files + labels.json in the
// seeds' format), runs the classifier and the keyword baseline, and scores relevance, per-field
// accuracy on true positives, and pairwise incident merging.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keywordBaseline } from '../src/alerts/baseline.js';
import { DEFAULT_MERGE_WINDOW_DAYS, mergeFacts, sameAttack } from '../src/alerts/merge.js';
import type { ArticleText, Classification, Classifier, FactField, IncidentFacts } from '../src/alerts/types.js';
import { FACT_FIELDS } from '../src/alerts/types.js';
import { parseArticleFile } from '../src/sources/article-file.js';
import { phraseKey } from '../src/alerts/classify/text.js';
import { loadKnowledge } from '../src/knowledge/index.js';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const FIXTURES_DIR = join(REPO_ROOT, 'test/fixtures/articles');
export const SEEDS_DIR = join(REPO_ROOT, '../shared/corpus/seeds');
/**
 * Written separately from the dev set, each by a helper that saw neither the dev set nor the code: they
 * measure generality. None is tuned on article by article, but each has been looked at once its first
 * figure was taken (heldout: aggregates watched; heldout2: mistakes read for their kinds; heldout3: its
 * false alarms read; heldout4: its mistakes read for their kinds, after a first figure of relevance F1
 * 90.2, city 82.6, perpetrators 56.5, killed 52.2; heldout5, mostly fictional 2024-25 incidents: mistakes
 * read for their kinds after a first figure of F1 92.3, city 79.2, attackTypes 45.8, perpetrators 66.7,
 * killed 66.7, wounded 62.5, date 91.7, nearly what the code before that session's rules (c114e3a)
 * scored; heldout6: first figure F1 88.0, city 63.6, attackTypes 86.4, perpetrators 50.0, killed 59.1,
 * wounded 45.5, date 72.7, merging 50.0, where c114e3a scored F1 85.7, city 52.4, perpetrators 42.9,
 * killed 47.6; then its mistakes read for their kinds; heldout7: first figure F1 83.6, attackTypes 65.2,
 * perpetrators 60.9, killed 82.6, wounded 82.6, the same as the session-start code 33b1d32, then its mistakes
 * read for their kinds; heldout8, written beside it and sealed: first figure F1 88.9, perpetrators 87.5, killed
 * 91.7, wounded 79.2 (also 33b1d32's), and after that session's rules, measured before anyone read it, F1 88.9,
 * perpetrators 91.7, killed 95.8, wounded 87.5; then, the next session, its mistakes read for their kinds;
 * heldout9: first figure F1 88.9 (P 85.7, R 92.3), attackTypes 83.3, perpetrators 66.7, claimed 87.5, killed 87.5,
 * merging 85.7, where that session's start code 5e2fcf7 scored the same but attackTypes 79.2, claimed 83.3; then
 * its mistakes read for their kinds; heldout10, written beside it and sealed: 5e2fcf7 scored F1 90.2 (P 92.0,
 * R 88.5), city 82.6, perpetrators 87.0, claimed 87.0, killed 69.6, wounded 78.3, merging 66.7, and the
 * session's end code 85730a2, measured before anyone read it, F1 90.2, city 95.7, claimed 91.3, merging 76.9,
 * the rest the same; the next session read its mistakes for their kinds after taking its figure again;
 * heldout11: first figure F1 88.9 (P 85.7, R 92.3), city 75.0, perpetrators 75.0, killed 75.0, merging 85.7,
 * the same for that session's start code 015b138 and its code after reading heldout10 (1ac41ed), then read;
 * heldout12, written beside it and sealed: 015b138 and 1ac41ed both F1 90.9 (P 86.2, R 96.2), city 96.0,
 * targetCountries 84.0, attackTypes 64.0, perpetrators 72.0, claimed 84.0, killed 80.0, wounded 80.0, date 92.0,
 * merging 100); 71ff99d's casualty rework moved killed to 92.0 and wounded to 88.0, the five-language batteries
 * of the next session (types, perpetrators, relevance) attackTypes to 68.0, nothing else.
 * heldout13 and heldout14 were written by two more blind helpers (host countries A-L and M-Z). First figures with
 * 117b4b5: both F1 94.3 (P 92.6, R 96.2); heldout13 attackTypes 76.0, perpetrators 80.0, merging 93.3, then read;
 * heldout14, sealed: city 88.0, targetCountries 88.0, attackTypes 76.0, perpetrators 84.0, claimed 92.0, killed
 * 88.0, merging 66.7. With the batteries' code: relevance unchanged, claimed 96.0, merging 76.9, the rest the same.
 * The next session read heldout14's mistakes (its figure taken again first, with 63f89fa). heldout15 and heldout16
 * came from two more blind helpers (A-L and M-Z); first figures with 63f89fa: heldout15 F1 91.2 (P 83.9, R 100),
 * attackTypes 76.9, wounded 80.8, merging 80.0, then read; heldout16, sealed: F1 98.1 (P 96.3, R 100),
 * attackTypes 84.6, perpetrators 84.6, claimed 88.5, killed 76.9, wounded 80.8, date 80.8, merging 76.9.
 * The session after, heldout16 was read (last sealed figure with a8c684f: claimed 92.3, killed 80.8, date 84.6,
 * merging 85.7, the rest as above). heldout17 (A-L) and heldout18 (M-Z) came from two more blind helpers; first
 * figures with a8c684f: heldout17 F1 98.0 (P 100, R 96.2), targetCountries 92.0, attackTypes 92.0, perpetrators
 * 84.0, claimed 92.0, killed 80.0, wounded 80.0, date 96.0, merging 100, then read; heldout18, sealed: F1 96.3
 * (P 92.9, R 100), city 92.3, targetCountries 92.3, attackTypes 84.6, perpetrators 76.9, claimed 92.3, killed
 * 84.6, wounded 80.8, date 96.2, merging 93.3; with the rules from reading heldout16 (0229355): city 96.2, killed
 * 88.5, merging 100, the rest the same; read in the next session. heldout19 (A-L) and heldout20 (M-Z) came from two
 * more blind helpers; first figures with 5572187: heldout19 F1 90.6 (P 88.9, R 92.3), city 91.7, targetCountries 100,
 * attackTypes 91.7, perpetrators 83.3, claimed 95.8, killed 87.5, wounded 87.5, date 95.8, merging 85.7, then read;
 * heldout20, sealed: F1 96.3 (P 92.9, R 100), city 100, targetCountries 100, attackTypes 76.9, perpetrators 80.8,
 * claimed 96.2, killed 92.3, wounded 84.6, date 92.3, merging 100; with the next session's rules (0ee59b3):
 * attackTypes 80.8, wounded 88.5, the rest the same; read in the session after. heldout21 (A-L) and heldout22 (M-Z)
 * came from two more blind helpers; first figures with 0ee59b3: heldout21 F1 92.6 (P 89.3, R 96.2), city 100,
 * targetCountries 100, attackTypes 88.0, perpetrators 68.0, claimed 92.0, killed 92.0, wounded 84.0, date 96.0,
 * merging 82.4, then read; heldout22, sealed: F1 90.2 (P 92.0, R 88.5), city 91.3, targetCountries 100,
 * attackTypes 78.3, perpetrators 73.9, claimed 95.7, killed 87.0, wounded 78.3, date 91.3, merging 66.7; with the
 * next session's rules (5c6e392): perpetrators 78.3, merging 76.9; read in the session after. heldout23 (A-L) and
 * heldout24 (M-Z) came from two more blind helpers; first figures with f918994: heldout23 F1 98.1 (P 96.3, R 100),
 * city 100, targetCountries 92.3, attackTypes 80.8, perpetrators 84.6, claimed 100, killed 92.3, wounded 84.6,
 * date 100, merging 100, then read; heldout24, sealed: F1 96.2 (P 96.2, R 96.2), city 96.0, hostCountry 92.0,
 * targetCountries 100, attackTypes 92.0, perpetrators 92.0, claimed 96.0, killed 80.0, wounded 88.0, date 100,
 * merging 100, unchanged to 68df249, then read. heldout25 (A-L), from the next blind writer: first figure, the same
 * with the session-start code 880979d and with b683f0f: F1 98.1 (P 96.3, R 100), city 100, targetCountries 96.2,
 * attackTypes 84.6, perpetrators 88.5, claimed 100, killed 88.5, wounded 84.6, date 92.3, merging 93.3, then read.
 * heldout26 (M-Z), written beside it and sealed: first figure, the same with 880979d and f2cdbc1: F1 98.0 (P 100,
 * R 96.2), city 92.0, hostCountry 100, targetCountries 96.0, attackTypes 84.0, perpetrators 92.0, claimed 96.0,
 * killed 92.0, wounded 92.0, date 100, merging 85.7. heldout27 (A-L) and heldout28 (M-Z) came from two more blind
 * helpers; first figures with the session-start code 0de0207: heldout27 F1 90.9 (P 86.2, R 96.2), city 100,
 * targetCountries 100, attackTypes 92.0, perpetrators 84.0, claimed 96.0, killed 92.0, wounded 88.0, date 92.0,
 * merging 93.3, then read; heldout28, sealed: F1 92.0 (P 95.8, R 88.5), city 95.7, hostCountry 95.7,
 * targetCountries 100, attackTypes 82.6, perpetrators 91.3, claimed 95.7, killed 91.3, wounded 91.3, date 95.7,
 * merging 85.7; with the rules learnt from heldout27 (55e9ecc): wounded 95.7; with those learnt from heldout26
 * after it (212a165): F1 94.1 (P 96.0, R 92.3), attackTypes 87.5, merging 93.3. heldout26 was unchanged by the
 * heldout27 rules (its second honest figure), then read. heldout29 (A-L) and heldout30 (M-Z) came from two more
 * blind helpers; first figures with the session-start code 3a13610: heldout29 F1 98.0 (P 100, R 96.2), city 96.0,
 * hostCountry 92.0, targetCountries 96.0, attackTypes 76.0, perpetrators 84.0, claimed 92.0, killed 84.0, wounded
 * 88.0, date 100, merging 93.3, then read; heldout30, sealed: F1 94.1 (P 96.0, R 92.3), city 100, hostCountry 100,
 * targetCountries 100, attackTypes 91.7, perpetrators 91.7, claimed 95.8, killed 91.7, wounded 87.5, date 91.7,
 * merging 100; unchanged by the heldout29 rules (6daa5de, its second honest figure), then read. heldout31 (A-L) and
 * heldout32 (M-Z) came from two more blind helpers; first figures with the session-start code e4169c1: heldout31 F1
 * 96.3 (P 92.9, R 100), city 100, hostCountry 100, targetCountries 100, attackTypes 92.3, perpetrators 84.6, claimed
 * 100, killed 92.3, wounded 92.3, date 96.2, merging 93.3, then read (after: F1 100, killed 92.3, wounded 96.2, the
 * rest 100); heldout32, sealed, unchanged by the heldout31 rules: F1 98.1 (P 96.3, R 100), city
 * 96.2, hostCountry 96.2, targetCountries 96.2, attackTypes 84.6, perpetrators 80.8, claimed 100, killed 100, wounded
 * 80.8, date 92.3, merging 100. heldout33 (A-L) and heldout34 (M-Z) came from two more blind helpers; first figures
 * with the session-start code 2561a57: heldout33 F1 98.1 (P 96.3, R 100), city 92.3, hostCountry 92.3,
 * targetCountries 100, attackTypes 96.2, perpetrators 73.1, claimed 96.2, killed 88.5, wounded 88.5, date 96.2,
 * merging 85.7, then read (after: F1 100, killed 92.3, wounded 96.2, date 96.2, merging 93.3, the rest 100); heldout34,
 * sealed, unchanged by the heldout33 rules: F1 92.6 (P 89.3, R 96.2), city 92.0, hostCountry 92.0, targetCountries 100,
 * attackTypes 80.0, perpetrators 84.0, claimed 88.0, killed 92.0, wounded 88.0, date 100, merging 100. heldout35 (A-L)
 * and heldout36 (M-Z) came from two more blind helpers; first figures with the session-start code 30ea824 (the same
 * with the first rules of that session): heldout35 F1 96.3 (P 92.9, R 100), city 100, hostCountry 100, targetCountries
 * 96.2, attackTypes 80.8, perpetrators 76.9, claimed 92.3, killed 96.2, wounded 96.2, date 96.2, merging 100; heldout36,
 * sealed: F1 94.5 (P 89.7, R 100), city 96.2, hostCountry 100, targetCountries 100, attackTypes 84.6, perpetrators
 * 92.3, claimed 100, killed 92.3, wounded 100, date 100, merging 82.4 (P 77.8, R 87.5). heldout35 then read (after:
 * F1 100, perpetrators 96.2, the rest 100). Three of its rules, made without looking at the sealed sets, moved them
 * up: heldout36 F1 96.3 (P 92.9; the Spanish plot words), heldout12 perpetrators 88.5 ("fue obra de"), heldout34
 * attackTypes 84.0 (weapons "carried"); no sealed figure went down. heldout37 (A-L) and heldout38 (M-Z) came from two
 * more blind helpers; first figures with the session-start code d2356d4 (the same with that session's first rules):
 * heldout37 F1 90.9 (P 86.2, R 96.2), city 100, hostCountry 100, targetCountries 92.0, attackTypes 88.0, perpetrators
 * 92.0, claimed 100, killed 88.0, wounded 84.0, date 96.0, merging 93.3 (P 100, R 87.5); heldout38, sealed: F1 98.1
 * (P 96.3, R 100), city 92.3, hostCountry 92.3, targetCountries 100, attackTypes 92.3, perpetrators 80.8, claimed 96.2,
 * killed 88.5, wounded 88.5, date 96.2, merging 85.7 (P 100, R 75.0). heldout37 then read (after: every field 100).
 * heldout39 (A-L) and heldout40 (M-Z) came from two more blind helpers in the same session; first figures with the
 * session-start code d2356d4: heldout39 F1 96.3 (P 92.9, R 100), city 96.2, hostCountry 100, targetCountries 96.2,
 * attackTypes 92.3, perpetrators 88.5, claimed 96.2, killed 96.2, wounded 96.2, date 84.6, merging 100 (date 92.3 with
 * the code of their launch, 52ad3cb, whose rules came from heldout37); heldout40, sealed: F1 92.9 (P 86.7, R 100),
 * city 100, hostCountry 100, targetCountries 100, attackTypes 96.2, perpetrators 92.3, claimed 100, killed 96.2,
 * wounded 96.2, date 100, merging 100 (the same with 52ad3cb). heldout39 then read (after: every field 100); a rule
 * from it (fact checks) raised heldout40 to F1 94.5 (P 89.7). heldout41 (A-L) and heldout42 (M-Z), a third pair of the
 * session; first figures with d2356d4: heldout41 F1 88.9 (P 85.7, R 92.3), city 95.8, hostCountry 95.8,
 * targetCountries 95.8, attackTypes 91.7, perpetrators 87.5, claimed 100, killed 87.5, wounded 87.5, date 95.8, merging
 * 93.3 (P 100, R 87.5); heldout42, sealed: F1 98.0 (P 100, R 96.2), city 100, hostCountry 100, targetCountries 100,
 * attackTypes 84.0, perpetrators 96.0, claimed 92.0, killed 84.0, wounded 88.0, date 92.0, merging 100. With the code of
 * their launch (8800539, the rules from heldout37 and heldout39), date went to 100 on both; nothing else moved.
 * heldout41 then read (after: F1 100). heldout43 (A-L) and heldout44 (M-Z), a fourth pair; first figures with d2356d4:
 * heldout43 F1 98.1 (P 96.3, R 100), city 100, hostCountry 100, targetCountries 96.2, attackTypes 84.6, perpetrators
 * 73.1, claimed 92.3, killed 80.8, wounded 80.8, date 96.2, merging 100 (date 100 with the code of their launch,
 * acc9bb9); heldout44, sealed: F1 94.3 (P 92.6, R 96.2), city 100, hostCountry 100, targetCountries 96.0, attackTypes
 * 88.0, perpetrators 92.0, claimed 100, killed 96.0, wounded 88.0, date 100, merging 93.3 (P 100, R 87.5); the same
 * with acc9bb9. heldout45 (A-L) and heldout46 (M-Z), a fifth pair, written the next session; first figures with its
 * start 8f38240 and the same with the code of their launch (e86a0ad): heldout45 F1 92.9 (P 86.7, R 100), city 96.2,
 * hostCountry 100, targetCountries 92.3, attackTypes 92.3, perpetrators 84.6, claimed 100, killed 96.2, wounded 80.8,
 * date 96.2, merging 93.3 (P 100, R 87.5); heldout46, sealed: F1 98.1 (P 96.3, R 100), city 88.5, hostCountry 92.3,
 * targetCountries 100, attackTypes 88.5, perpetrators 84.6, claimed 96.2, killed 84.6, wounded 88.5, date 92.3, merging
 * 93.3 (P 100, R 87.5). heldout45 then read (after: F1 100, every field 100 but attackTypes 92.3). heldout47 (A-L) and
 * heldout48 (M-Z), a sixth pair; first figures with 8f38240 and the same with the code of their launch (1516b91) but
 * where noted: heldout47 F1 90.9 (P 86.2, R 96.2), city 100, hostCountry 100, targetCountries 96.0, attackTypes 92.0,
 * perpetrators 84.0, claimed 96.0, killed 92.0, wounded 96.0, date 100, merging 100; heldout48, sealed: F1 96.3 (P 92.9,
 * R 100), city 88.5, hostCountry 100, targetCountries 100, attackTypes 76.9, perpetrators 92.3, claimed 100, killed
 * 88.5, wounded 84.6 (88.5 at launch), date 96.2, merging 85.7 (P 100, R 75). heldout47 then read (after: F1 100).
 * heldout49 (A-L) and heldout50 (M-Z), a seventh pair, launched at f8aa63c: heldout49 F1 100, city 96.2, hostCountry
 * 100, targetCountries 96.2, attackTypes 92.3, perpetrators 65.4 (69.2 at launch), claimed 88.5 (92.3 at launch),
 * killed 65.4, wounded 100, date 100, merging 93.3 (P 100, R 87.5); heldout50, sealed: F1 92.6 (P 89.3, R 96.2), city
 * 100, hostCountry 100, targetCountries 100, attackTypes 96.0, perpetrators 100, claimed 100, killed 100, wounded 88.0,
 * date 100, merging 93.3 (P 100, R 87.5); first figures with 8f38240.
 * heldout51 (A-L) and heldout52 (M-Z), an eighth pair, launched at 6cb89ea, first asked for Portuguese, Russian, Turkish
 * and Italian articles too (languages the classifier has no words for): heldout51 F1 84.0 (P 87.5, R 80.8; four of the
 * five misses are in those languages), city 100, hostCountry 100, targetCountries 95.2, attackTypes 100, perpetrators
 * 66.7, claimed 85.7, killed 81.0, wounded 81.0, date 85.7, merging 80.0 (P 100, R 66.7); heldout52, sealed: F1 89.4
 * (P 100, R 80.8), city 100, hostCountry 95.2, targetCountries 90.5, attackTypes 90.5, perpetrators 61.9, claimed 85.7,
 * killed 76.2, wounded 76.2, date 95.2, merging 80.0 (P 100, R 66.7). Their writers' prompt suggested 'other' for drones
 * and grenades; labels whose note names a drone or a grenade were relabelled to the project's convention before scoring.
 * heldout53 (A-L) and heldout54 (M-Z), a ninth pair, launched at ec7e830 with the drone/grenade convention and the
 * README's null-versus-0 casualty rule stated in the prompt. heldout54's mistake list was shown by accident before
 * heldout53 was finished, so heldout54 is the read one and heldout53 the sealed one this time. First figures (identical
 * at ec7e830 and at 917e918 when they were added): heldout53, sealed: F1 92.0 (P 95.8, R 88.5), city 95.7, hostCountry
 * 100, targetCountries 91.3, attackTypes 91.3, perpetrators 78.3, claimed 87.0, killed 78.3, wounded 82.6, date 95.7,
 * merging 90.9 (P 100, R 83.3); heldout54: F1 96.0 (P 100, R 92.3), city 95.8, hostCountry 100, targetCountries 95.8,
 * attackTypes 83.3, perpetrators 79.2, claimed 95.8, killed 83.3, wounded 83.3, date 91.7, merging 66.7 (P 100, R 50).
 * heldout55 (A-L, read) and heldout56 (M-Z, sealed), a tenth pair, launched at 0b5c4bd with the same prompt; the
 * sealed one was chosen before either was finished. First figures at dec2956 (classifier as at 0b5c4bd): heldout55:
 * F1 100 (P 100, R 100), city 88.5, hostCountry 100, targetCountries 100, attackTypes 100, perpetrators 84.6, claimed
 * 88.5, killed 80.8, wounded 80.8, date 100, merging 90.9 (P 100, R 83.3); heldout56, sealed: F1 92.3 (P 92.3, R 92.3),
 * city 100, hostCountry 100, targetCountries 91.7, attackTypes 79.2, perpetrators 75.0, claimed 95.8, killed 70.8,
 * wounded 79.2, date 95.8, merging 66.7 (P 100, R 50).
 * heldout57 (A-L, read) and heldout58 (M-Z, sealed), an eleventh pair, launched at f3e05e6 with the same prompt (the
 * sealed set's writer replied with counts only); the sealed one was chosen before either was finished. First figures
 * with f3e05e6's classifier: heldout57: F1 96.3 (P 92.9, R 100), city 100, hostCountry 100, targetCountries 92.3,
 * attackTypes 88.5, perpetrators 76.9, claimed 96.2, killed 96.2, wounded 92.3, date 84.6, merging 100; heldout58,
 * sealed: F1 96.2 (P 96.2, R 96.2), city 100, hostCountry 100, targetCountries 100, attackTypes 96.0, perpetrators
 * 88.0, claimed 100, killed 80.0, wounded 84.0, date 96.0, merging 100. After the rules learnt from reading
 * heldout57: heldout57 F1 100, every field 100 but perpetrators 88.5 (23 of 26 fully right, 15 at first); heldout58
 * unchanged.
 * heldout59 (A-L, read) and heldout60 (M-Z, sealed), a twelfth pair, launched at 69da925 with the same prompt (the
 * sealed set's writer replied with counts only); the sealed one was chosen before either started. First figures with
 * 1627da9's classifier: heldout59: F1 94.1 (P 96.0, R 92.3), city 87.5, hostCountry 91.7, targetCountries 100,
 * attackTypes 95.8, perpetrators 83.3, claimed 95.8, killed 75.0, wounded 83.3, date 95.8, merging 90.9 (P 100, R
 * 83.3); heldout60, sealed: F1 92.0 (P 95.8, R 88.5), city 91.3, hostCountry 95.7, targetCountries 91.3, attackTypes
 * 91.3, perpetrators 73.9, claimed 95.7, killed 82.6, wounded 78.3, date 100, merging 90.9 (P 100, R 83.3). After the
 * rules learnt from reading heldout59: heldout59 F1 100, every field 100 but wounded 96.2, merging 100 (25 of 26 fully
 * right, 12 of 24 at first); heldout60 unchanged.
 */
export const HELDOUT_DIRS = ['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18', 'heldout19', 'heldout20', 'heldout21', 'heldout22', 'heldout23', 'heldout24', 'heldout25', 'heldout26', 'heldout27', 'heldout28', 'heldout29', 'heldout30', 'heldout31', 'heldout32', 'heldout33', 'heldout34', 'heldout35', 'heldout36', 'heldout37', 'heldout38', 'heldout39', 'heldout40', 'heldout41', 'heldout42', 'heldout43', 'heldout44', 'heldout45', 'heldout46', 'heldout47', 'heldout48', 'heldout49', 'heldout50', 'heldout51', 'heldout52', 'heldout53', 'heldout54', 'heldout55', 'heldout56', 'heldout57', 'heldout58', 'heldout59', 'heldout60'].map((name) => join(REPO_ROOT, 'test/fixtures', name));

export interface Label extends IncidentFacts {
  file: string;
  published: string | null;
  relevant: boolean;
  incident: string | null;
}
export interface LabelledArticle {
  id: string;
  article: ArticleText;
  label: Label;
}

/** Every folder under `dir` (and `dir` itself) that holds a labels.json. */
export function loadLabelled(dir: string): LabelledArticle[] {
  const out: LabelledArticle[] = [];
  if (!existsSync(dir)) return out;
  const folders = [dir, ...readdirSync(dir).map((d) => join(dir, d)).filter((d) => statSync(d).isDirectory())];
  for (const folder of folders) {
    const labelsFile = join(folder, 'labels.json');
    if (!existsSync(labelsFile)) continue;
    const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Label[];
    for (const label of labels) {
      const path = join(folder, label.file);
      if (!existsSync(path)) continue;
      const article = parseArticleFile(readFileSync(path, 'utf8'));
      // In a feed the item's pubDate plays the part of the Published line.
      if (!article.published && label.published) article.published = label.published;
      out.push({ id: `${folder.slice(dir.length + 1) || '.'}/${label.file}`, article, label });
    }
  }
  return out;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** "Túpac Amaru" and "Tupac Amaru", "al-Qaeda" and "Al-Qaeda": one name, spelt with or without accents and capitals. */
const plainName = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/**
 * A group as config/groups.yaml names it: a label may name a group by an alias ("FDLR") where the classifier
 * reports its canonical name, and both mean one group.
 */
let groupAliases: ReadonlyMap<string, string> | null = null;
function groupName(name: string): string {
  groupAliases ??= loadKnowledge().groups;
  return plainName(groupAliases.get(phraseKey(name)) ?? name);
}
function canon(f: FactField, v: unknown): string {
  if (Array.isArray(v)) return JSON.stringify([...new Set(v.map((x) => (f === 'perpetrators' ? groupName(String(x)) : String(x))))].sort());
  if (typeof v === 'string' && f === 'city') return plainName(v);
  return JSON.stringify(v ?? null);
}
export function fieldMatches(f: FactField, got: IncidentFacts, want: IncidentFacts): boolean {
  return canon(f, got[f]) === canon(f, want[f]);
}

export interface Mistake {
  id: string;
  field: FactField | 'relevant';
  got: unknown;
  want: unknown;
}
export interface EvalReport {
  articles: number;
  relevance: PRF;
  baseline: PRF;
  fields: Record<FactField, { correct: number; total: number; accuracy: number }>;
  /** Articles with every field right, among true positives. */
  fullyRight: number;
  truePositives: number;
  merging: PRF;
  clusters: number;
  mistakes: Mistake[];
  /** Pairs merged that should not be ("fp") or kept apart that should merge ("fn"). */
  mergeMistakes: { kind: 'fp' | 'fn'; a: string; b: string }[];
}

/** Greedy clustering of predicted-relevant reports with the product's own sameAttack/mergeFacts. */
export function clusterFacts(items: { id: string; facts: IncidentFacts; published: string | null }[], windowDays = DEFAULT_MERGE_WINDOW_DAYS): string[][] {
  const clusters: { ids: string[]; reports: { facts: IncidentFacts; published: string | null }[]; merged: IncidentFacts }[] = [];
  const sorted = [...items].sort((a, b) => (a.facts.date ?? a.published ?? '').localeCompare(b.facts.date ?? b.published ?? ''));
  for (const it of sorted) {
    const home = clusters.find((c) => sameAttack(c.merged, it.facts, windowDays));
    if (home) {
      home.ids.push(it.id);
      home.reports.push({ facts: it.facts, published: it.published });
      home.merged = mergeFacts(home.reports);
    } else clusters.push({ ids: [it.id], reports: [{ facts: it.facts, published: it.published }], merged: it.facts });
  }
  return clusters.map((c) => c.ids);
}

export function evaluate(items: LabelledArticle[], classify: Classifier): EvalReport {
  let tp = 0, fp = 0, fn = 0, btp = 0, bfp = 0, bfn = 0;
  const fields = Object.fromEntries(FACT_FIELDS.map((f) => [f, { correct: 0, total: 0, accuracy: 1 }])) as EvalReport['fields'];
  const mistakes: Mistake[] = [];
  const predicted: { id: string; facts: IncidentFacts; published: string | null; incident: string | null }[] = [];
  let fullyRight = 0;
  for (const { id, article, label } of items) {
    const c: Classification = classify(article);
    const base = keywordBaseline(article);
    if (base && label.relevant) btp++;
    else if (base) bfp++;
    else if (label.relevant) bfn++;
    if (c.relevant && label.relevant) tp++;
    else if (c.relevant) fp++;
    else if (label.relevant) fn++;
    if (c.relevant !== label.relevant) mistakes.push({ id, field: 'relevant', got: c.relevant, want: label.relevant });
    if (c.relevant) predicted.push({ id, facts: c, published: article.published, incident: label.relevant ? label.incident : null });
    if (c.relevant && label.relevant) {
      let all = true;
      for (const f of FACT_FIELDS) {
        fields[f].total++;
        if (fieldMatches(f, c, label)) fields[f].correct++;
        else {
          all = false;
          mistakes.push({ id, field: f, got: c[f], want: label[f] });
        }
      }
      if (all) fullyRight++;
    }
  }
  for (const f of FACT_FIELDS) fields[f].accuracy = fields[f].total === 0 ? 1 : fields[f].correct / fields[f].total;

  // Pairwise merging: predicted pairs are reports in one cluster; gold pairs share an incident key.
  const clusters = clusterFacts(predicted);
  const clusterOf = new Map<string, number>();
  clusters.forEach((ids, i) => ids.forEach((id) => clusterOf.set(id, i)));
  const incidentOf = new Map(items.filter((x) => x.label.relevant && x.label.incident).map((x) => [x.id, x.label.incident as string]));
  let ptp = 0, pfp = 0, pfn = 0;
  const mergeMistakes: EvalReport['mergeMistakes'] = [];
  const ids = items.map((x) => x.id);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] as string, b = ids[j] as string;
      const gold = incidentOf.has(a) && incidentOf.get(a) === incidentOf.get(b);
      const pred = clusterOf.has(a) && clusterOf.get(a) === clusterOf.get(b);
      if (gold && pred) ptp++;
      else if (pred) { pfp++; mergeMistakes.push({ kind: 'fp', a, b }); }
      else if (gold) { pfn++; mergeMistakes.push({ kind: 'fn', a, b }); }
    }
  }
  return {
    articles: items.length,
    relevance: prf(tp, fp, fn),
    baseline: prf(btp, bfp, bfn),
    fields,
    fullyRight,
    truePositives: tp,
    merging: prf(ptp, pfp, pfn),
    clusters: clusters.length,
    mistakes,
    mergeMistakes,
  };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5) + '%';

export function formatReport(name: string, r: EvalReport, showMistakes = true): string {
  const lines: string[] = [];
  lines.push(`== ${name}: ${r.articles} articles`);
  const row = (label: string, p: PRF): string =>
    `${label.padEnd(18)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
  lines.push(row('relevance (ours)', r.relevance));
  lines.push(row('keyword baseline', r.baseline));
  lines.push(`fields on ${r.truePositives} true positives (${r.fullyRight} fully right):`);
  for (const [f, v] of Object.entries(r.fields)) lines.push(`  ${f.padEnd(16)} ${pct(v.accuracy)}  (${v.correct}/${v.total})`);
  lines.push(row('merging (pairs)', r.merging) + `  ${r.clusters} clusters`);
  if (showMistakes && r.mistakes.length > 0) {
    lines.push('mistakes:');
    for (const m of r.mistakes) lines.push(`  ${m.id}  ${m.field}: got ${JSON.stringify(m.got)}, want ${JSON.stringify(m.want)}`);
  }
  if (showMistakes && r.mergeMistakes.length > 0) {
    lines.push('merging mistakes:');
    for (const m of r.mergeMistakes) lines.push(`  ${m.kind === 'fp' ? 'merged but distinct' : 'split but same'}: ${m.a}  ~  ${m.b}`);
  }
  return lines.join('\n');
}
