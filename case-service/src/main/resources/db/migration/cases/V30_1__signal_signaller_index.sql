-- "My signals" finds a signal by the vault's blind index of its signaller, since an anonymous signal keeps no
-- login. The view is rebuilt from the event store (the upcaster gives older signals their index and drops the
-- login of anonymous ones), so no login of an anonymous signaller stays behind here.
alter table signal_view add column signaller_index varchar(64);

delete from signal_view;
delete from tokenentry where processorname = 'signal-view';

drop index signal_view_signaller;
create index signal_view_signaller_index on signal_view (signaller_index, raised_at);
