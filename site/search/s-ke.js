DossierSearch.shard("ke", {"keeping":"1.4,3.4","keep~":"1.4,3.4","key":"0.4,4.4"});
