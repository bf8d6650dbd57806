DossierSearch.shard("ko", {"korea":"0.6,4.6"});
