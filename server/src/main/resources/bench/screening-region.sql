-- A synthetic region for `bench --mode screening`, written straight into the canonical tables (no HTTP, no parsing):
-- ${people} people over the ${days} days from epoch day ${first_day}, about ${items} claim items, and a sprinkle of
-- planted offences (about 0.1 % of the items) for every rule. The rows are what ingestion would write for the same
-- resources: logical references by IIN/BIN on claims and attachments, literal ones on encounters and claim
-- providers, as the sources in SyntheticResources send them. Statements run in order; each starts with a
-- "-- step:" line that names it in the bench's output. ${...} are numbers the bench substitutes.
-- step: helpers
create temporary table bench_size as
select ${people}::bigint as people, ${outpatient_claims}::bigint as claims, ${first_day}::integer as first_day,
       ${days}::integer as days, ${version_id}::bigint as version_id,
       greatest(2, ${people} / 10000)::integer as phc, greatest(2, ${people} / 20000)::integer as spec,
       greatest(2, ${people} / 50000)::integer as hosp,
       greatest(1, round(${people} / 250.0 / 20 / greatest(2, ${people} / 10000)))::integer as gp_blocks;
-- The services a specialty bills (three each, all for both sexes and every age, so that clean visits stay clean).
create temporary table bench_service (specialty text, position integer, service text, primary key (specialty, position));
insert into bench_service values
  ('GP', 1, 'PHC001'), ('GP', 2, 'PHC006'), ('GP', 3, 'AMB014'),
  ('NURSE', 1, 'PHC007'), ('NURSE', 2, 'PHC009'), ('NURSE', 3, 'PHC004'),
  ('CARD', 1, 'AMB001'), ('CARD', 2, 'AMB014'), ('CARD', 3, 'AMB030'),
  ('ENDO', 1, 'AMB005'), ('ENDO', 2, 'AMB030'), ('ENDO', 3, 'PHC006'),
  ('LAB', 1, 'AMB022'), ('LAB', 2, 'AMB023'), ('LAB', 3, 'AMB024'),
  ('RAD', 1, 'AMB019'), ('RAD', 2, 'AMB015'), ('RAD', 3, 'AMB020'),
  ('SURG', 1, 'AMB011'), ('SURG', 2, 'AMB010'), ('SURG', 3, 'AMB011');
-- step: organizations
-- PHC facilities (one per 10,000 people), then specialist centres, then hospitals.
insert into organization (source_system, resource_id, version_id, bin, facility_type, name, region_code)
select 'region', 'o' || o, s.version_id, '9' || lpad(o::text, 11, '0'),
       case when o < s.phc then 'PHC' when o < s.phc + s.spec then 'SPEC' else 'HOSP' end, 'Facility ' || o, '71'
from bench_size s, generate_series(0, s.phc + s.spec + s.hosp - 1) o;
-- step: practitioners
-- One practitioner per 250 people. By d % 20: 0-9 GPs and 10-11 nurses of a PHC, 12-17 specialists of a centre,
-- 18-19 hospital doctors; each has one role, at the organization that bills their visits.
create temporary table bench_doctor as
select d, d % 20 as kind,
       case when d % 20 < 10 then 'GP' when d % 20 < 12 then 'NURSE'
            else (array['CARD', 'ENDO', 'LAB', 'RAD', 'CARD', 'LAB', 'CARD', 'SURG'])[d % 20 - 11] end as specialty,
       case when d % 20 < 12 then (d / 20) % s.phc when d % 20 < 18 then s.phc + (d / 20) % s.spec
            else s.phc + s.spec + (d / 20) % s.hosp end as organization,
       to_char(date '1960-01-01' + (d % 12000)::integer, 'YYMMDD') || (3 + d % 2)::text
         || lpad((9000 + d / 12000)::text, 4, '0') || '0' as iin
from bench_size s, generate_series(0, 20 * s.phc * s.gp_blocks - 1) d;
create index on bench_doctor (d);
analyze bench_doctor;
insert into practitioner (source_system, resource_id, version_id, iin, name, sex, birth_day)
select 'region', 'd' || d, s.version_id, iin, 'Doctor ' || d, case when d % 2 = 0 then 'F' else 'M' end,
       date '1960-01-01' + (d % 12000)::integer - date '1970-01-01'
from bench_doctor, bench_size s;
insert into practitioner_role (source_system, resource_id, version_id, practitioner_iin, organization_bin, start_day)
select 'region', 'r' || d, s.version_id, iin, '9' || lpad(organization::text, 11, '0'), s.first_day - 3650
from bench_doctor, bench_size s;
insert into practitioner_role_specialty (source_system, role_id, specialty_code)
select 'region', 'r' || d, specialty from bench_doctor;
-- step: patients
-- Birth days spread over 1940-2023 by a permutation of the person's number, so IINs are unique.
create temporary table bench_person as
select p, birth, male, h, death_day,
       to_char(birth, 'YYMMDD') || case when birth < date '2000-01-01' then case when male then '3' else '4' end
                                        else case when male then '5' else '6' end end
         || lpad((p / 30600)::text, 4, '0') || '0' as iin
from (select p, date '1940-01-01' + ((p * 7919) % 30600)::integer as birth, p % 2 = 1 as male,
             abs(hashint8(p)::bigint) as h,
             case when p % 125 = 7 then s.first_day + abs(hashint8(p + 1)::bigint) % s.days end as death_day
      from bench_size s, generate_series(0, s.people - 1) p) x;
alter table bench_person add primary key (p);
analyze bench_person;
insert into patient (source_system, resource_id, version_id, iin, name, sex, birth_day, region_code)
select 'region', 'p' || p, s.version_id, iin, 'Patient ' || p, case when male then 'M' else 'F' end, birth - date '1970-01-01', '71'
from bench_person, bench_size s;
-- step: deaths and attachments
-- 0.8 % die within the period; their attachments end on the death day, except p % 1000 = 132 (DECEASED_ATTACHMENT).
-- Every twentieth person moved: an older attachment elsewhere, ended by the newer one.
insert into death_record (source_system, record_number, version_id, iin, death_day)
select 'region', 'z' || p.p, s.version_id, p.iin, p.death_day
from bench_person p, bench_size s
where p.death_day is not null;
insert into attachment (source_system, attachment_id, origin_type, version_id, patient_iin, organization_bin, start_day, end_day)
select 'region', 'a' || p.p, 'EpisodeOfCare', s.version_id, p.iin, '9' || lpad((p.p % s.phc)::text, 11, '0'),
       s.first_day - case when p.p % 20 = 3 then 100 else 2000 end,
       case when p.p % 1000 <> 132 then p.death_day end
from bench_person p, bench_size s;
insert into attachment (source_system, attachment_id, origin_type, version_id, patient_iin, organization_bin, start_day)
select 'region', 'b' || p.p, 'EpisodeOfCare', s.version_id, p.iin, '9' || lpad(((p.p + 1) % s.phc)::text, 11, '0'),
       s.first_day - 4000
from bench_person p, bench_size s
where p.p % 20 = 3;
-- step: visits
-- Outpatient visits: person c % people's visit number c / people, on days 53 apart, so no person has two visits
-- on one day and hospital stays (days 20-49 after a visit day) never meet a visit. Half go to a GP of the
-- person's own PHC, one in ten to its nurse, the rest to a specialist. Each is a claim of one to three items of the
-- practitioner's services and an encounter of 20 minutes. Plants, by c % 5000: 77 sixty units (PRACTITIONER_OVERLOAD,
-- DUPLICATE_BILLING), 555 a GP of another PHC (UNATTACHED_PHC_BILLING), 1234 the practitioner in a second
-- encounter elsewhere (PRACTITIONER_DOUBLE_PRESENCE), 2222 three units (DUPLICATE_BILLING), 3333 a service for the
-- other sex (SEX_AGE_MISMATCH), 4444 an oncology service (SPECIALTY_MISMATCH); the visits of p % 1000 = 7 after
-- their death are kept (DECEASED_SERVICE).
create temporary table bench_visit as
select v.c, v.p, v.day, v.items, v.plant, d.d as doctor, d.specialty, d.organization, d.iin as doctor_iin
from (select c, c % s.people as p, s.first_day + (abs(hashint8(c % s.people)::bigint) + 53 * (c / s.people)) % s.days as day,
             1 + abs(hashint8(c)::bigint) % 3 as items, c % 5000 as plant,
             case when abs(hashint8(c + 11)::bigint) % 10 < 6 then
                      20 * (((c % s.people) + case when c % 5000 = 555 then 1 else 0 end) % s.phc
                            + s.phc * ((abs(hashint8(c % s.people)::bigint) + c / s.people) % s.gp_blocks))
                      + case when abs(hashint8(c + 11)::bigint) % 10 < 5 then (c % s.people + c / s.people) % 10
                             else 10 + (c % s.people + c / s.people) % 2 end
                  else 20 * (abs(hashint8(c + 13)::bigint) % (s.phc * s.gp_blocks)) + 12 + abs(hashint8(c + 17)::bigint) % 6 end as doctor
      from bench_size s, generate_series(0, s.claims - 1) c) v
join bench_doctor d on d.d = v.doctor
join bench_person p on p.p = v.p
where p.death_day is null or v.day <= p.death_day or p.p % 1000 = 7;
analyze bench_visit;
-- step: visit claims
insert into claim (source_system, resource_id, version_id, origin_type, status, claim_type, patient_iin,
                   provider_resource_id, funding_code, created_day, diagnosis_code)
select 'region', 'c' || v.c, s.version_id, 'Claim', 'active', 'professional', p.iin, 'o' || v.organization,
       case when v.c % 3 = 0 then 'OSMS' else 'GOBMP' end, v.day, 'J06.9'
from bench_visit v join bench_person p on p.p = v.p, bench_size s;
insert into claim_care_team (source_system, claim_id, sequence, practitioner_iin)
select 'region', 'c' || c, 1, doctor_iin from bench_visit;
-- step: visit items
insert into claim_item (source_system, claim_id, sequence, service_code, start_day, end_day, quantity, unit_price_kzt, net_kzt)
select 'region', 'c' || v.c, i, x.service, v.day, v.day, x.quantity, 5000, 5000 * x.quantity
from bench_visit v
cross join lateral generate_series(1, v.items) i
join bench_person p on p.p = v.p
join bench_service b on b.specialty = v.specialty and b.position = i
cross join lateral (select case when i = 1 and v.plant = 3333 then case when p.male then 'AMB007' else 'AMB006' end
                                when i = 1 and v.plant = 4444 then 'AMB008' else b.service end as service,
                           case when i = 1 and v.plant = 77 then 60 when i = 1 and v.plant = 2222 then 3 else 1 end
                             as quantity) x;
insert into claim_item_care_team (source_system, claim_id, item_sequence, care_team_sequence)
select 'region', 'c' || v.c, i, 1 from bench_visit v cross join lateral generate_series(1, v.items) i;
-- step: visit encounters
insert into encounter (source_system, resource_id, version_id, status, encounter_class, patient_resource_id,
                       organization_bin, start_at, end_at, start_day, end_day, reason_code)
select 'region', 'e' || v.c, s.version_id, 'finished', 'AMB', 'p' || v.p, '9' || lpad(v.organization::text, 11, '0'),
       t.start_at, t.start_at + 1200, v.day, v.day, 'J06.9'
from bench_visit v, bench_size s,
     lateral (select v.day::bigint * 86400 + 4 * 3600 + (abs(hashint8(v.c + 19)::bigint) % 480) * 60 as start_at) t;
insert into encounter_participant (source_system, encounter_id, position, practitioner_resource_id)
select 'region', 'e' || c, 0, 'd' || doctor from bench_visit;
insert into claim_item_encounter (source_system, claim_id, item_sequence, position, encounter_resource_id)
select 'region', 'c' || c, 1, 0, 'e' || c from bench_visit;
insert into encounter (source_system, resource_id, version_id, status, encounter_class, patient_resource_id,
                       organization_bin, start_at, end_at, start_day, end_day, reason_code)
select 'region', 'xe' || v.c, s.version_id, 'finished', 'AMB', 'p' || v.p,
       '9' || lpad(((v.organization + 1) % (s.phc + s.spec + s.hosp))::text, 11, '0'),
       t.start_at + 60, t.start_at + 1260, v.day, v.day, 'J06.9'
from bench_visit v, bench_size s,
     lateral (select v.day::bigint * 86400 + 4 * 3600 + (abs(hashint8(v.c + 19)::bigint) % 480) * 60 as start_at) t
where v.plant = 1234;
insert into encounter_participant (source_system, encounter_id, position, practitioner_resource_id)
select 'region', 'xe' || c, 0, 'd' || doctor from bench_visit where plant = 1234;
-- step: hospital stays
-- One person in ten has a stay of 2-9 days at the hospital of a hospital doctor, billed as one item over the stay.
-- Plants: p % 1000 = 10 a second, overlapping stay at another hospital (INPATIENT_OVERLAP), p % 1000 = 20 a visit
-- to a specialist on the stay's second day (OUTPATIENT_DURING_INPATIENT).
create temporary table bench_stay as
select x.p, x.kind, x.start_at, x.start_at + x.length * 86400 as end_at, d.d as doctor, d.iin as doctor_iin, d.specialty,
       d.organization
from (select p.p, 's' as kind, s.first_day + (p.h + 20) % s.days as first_day,
             (s.first_day + (p.h + 20) % s.days)::bigint * 86400 + 5 * 3600 as start_at, 2 + p.h % 8 as length,
             20 * ((p.h / 11) % (s.phc * s.gp_blocks)) + 18 + p.p % 2 as doctor
      from bench_person p, bench_size s where p.p % 10 = 0
      union all
      select p.p, 't', 0, (s.first_day + (p.h + 20) % s.days)::bigint * 86400 + 5 * 3600 + 43200, 2 + p.h % 8,
             20 * ((p.h / 11 + 1) % (s.phc * s.gp_blocks)) + 18 + p.p % 2
      from bench_person p, bench_size s where p.p % 1000 = 10) x
join bench_doctor d on d.d = x.doctor;
insert into encounter (source_system, resource_id, version_id, status, encounter_class, patient_resource_id,
                       organization_bin, start_at, end_at, start_day, end_day, reason_code)
select 'region', st.kind || st.p, s.version_id, 'finished', 'IMP', 'p' || st.p,
       '9' || lpad(st.organization::text, 11, '0'), st.start_at, st.end_at,
       ((st.start_at + 18000) / 86400)::integer, ((st.end_at - 1 + 18000) / 86400)::integer, 'I21.9'
from bench_stay st, bench_size s;
insert into encounter_participant (source_system, encounter_id, position, practitioner_resource_id)
select 'region', kind || p, 0, 'd' || doctor from bench_stay;
insert into claim (source_system, resource_id, version_id, origin_type, status, claim_type, patient_iin,
                   provider_resource_id, funding_code, created_day, diagnosis_code)
select 'region', 'c' || st.kind || st.p, s.version_id, 'Claim', 'active', 'institutional', p.iin, 'o' || st.organization,
       'GOBMP', ((st.end_at - 1 + 18000) / 86400)::integer, 'I21.9'
from bench_stay st join bench_person p on p.p = st.p, bench_size s;
insert into claim_care_team (source_system, claim_id, sequence, practitioner_iin)
select 'region', 'c' || kind || p, 1, doctor_iin from bench_stay;
insert into claim_item (source_system, claim_id, sequence, service_code, start_day, end_day, quantity, unit_price_kzt, net_kzt)
select 'region', 'c' || kind || p, 1, case when specialty = 'SURG' then 'IMP002' else 'IMP001' end,
       ((start_at + 18000) / 86400)::integer, ((end_at - 1 + 18000) / 86400)::integer, 1, 30000, 30000
from bench_stay;
insert into claim_item_care_team (source_system, claim_id, item_sequence, care_team_sequence)
select 'region', 'c' || kind || p, 1, 1 from bench_stay;
insert into claim_item_encounter (source_system, claim_id, item_sequence, position, encounter_resource_id)
select 'region', 'c' || kind || p, 1, 0, kind || p from bench_stay;
insert into encounter (source_system, resource_id, version_id, status, encounter_class, patient_resource_id,
                       organization_bin, start_at, end_at, start_day, end_day, reason_code)
select 'region', 'v' || st.p, s.version_id, 'finished', 'AMB', 'p' || st.p, '9' || lpad((s.phc + st.p % s.spec)::text, 11, '0'),
       st.start_at + 86400 + 3600, st.start_at + 86400 + 4800, ((st.start_at + 18000) / 86400)::integer + 1,
       ((st.start_at + 18000) / 86400)::integer + 1, 'J06.9'
from bench_stay st, bench_size s where st.kind = 's' and st.p % 1000 = 20;
-- step: statistics
analyze;
