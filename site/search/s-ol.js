DossierSearch.shard("ol", {"olympics":"3.4,1.4","olymp~":"3.4,1.4"});
