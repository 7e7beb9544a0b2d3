-- atlas:txmode none

VACUUM FULL orders;
