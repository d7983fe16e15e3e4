-- An indicator where less is better (accidents, costs, complaints): its result is compared with the target the other
-- way round. Existing indicators keep "more is better".
alter table cadre_contract_indicator add column lower_is_better boolean not null default false;
