DossierSearch.shard("ol", {"olympics":"2.4,1.4"});
