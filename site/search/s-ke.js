DossierSearch.shard("ke", {"keeping":"3.4,1.4","key":"0.4,3.4"});
