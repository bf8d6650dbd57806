DossierSearch.shard("ro", {"road":"1.4,2.4","robustness":"1.6","robust~":"1.6","rogue":"1.6","rogu~":"1.6","role":"4.6","roll":"1.6","room":"1.6","rooted":"1.6","root~":"1.6"});
