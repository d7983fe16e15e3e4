-- people: a Chinese roster is read in pinyin order (安, 李, 王, 张), not in the order of the characters' code
-- points (安, 张, 李, 王). PostgreSQL built with ICU (the embedded server and the usual distributions) provides
-- the collation; on a server without it, names keep the database's order.
do $$
begin
    if exists (select 1 from pg_collation where collname = 'zh-Hans-CN-x-icu') then
        alter table people_person alter column name type varchar(50) collate "zh-Hans-CN-x-icu";
    end if;
end $$;
