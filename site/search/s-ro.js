DossierSearch.shard("ro", {"road":"2.4,2.4","robustness":"4.6","rogue":"4.6","role":"3.6","roll":"4.6","room":"4.6","rooted":"4.6"});
