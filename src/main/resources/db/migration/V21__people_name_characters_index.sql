-- people: searching a Chinese name by one or two characters. Trigrams need three; this index holds each name's
-- characters, so "names containing 王" reads a few index entries instead of every person.
create index people_person_name_characters on people_person using gin (regexp_split_to_array(name, ''));
