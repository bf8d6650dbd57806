DossierSearch.shard("ko", {"korea":"0.6,3.6"});
