DossierSearch.shard("he", {"headlong":"3.6","heavy":"1.6","hedge":"1.6","heels":"2.6","hegemony":"0.6","held":"0.4,2.5","helicopter":"1.6","help":"0.6,4.4"});
