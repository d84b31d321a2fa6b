-- Networks are partner facts now (partner-facts' V0_10, applied out of order before this on an existing
-- database). The partner-facts consumer keeps case-service's consumer group and processed event ids, so the
-- registrations already read are not read again: carry them over. Their coordinator was never kept here.
insert into partner_network (network_id, network_type, municipality_code, registered_at)
select network_id, network_type, municipality_code, registered_at from known_network
on conflict (network_id) do nothing;

drop table known_network;
